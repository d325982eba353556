import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ATTENDANCE, setMeetingChanges, type SetDetail, type SetMeeting } from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { attendanceDefaults, AttendanceFields, attendanceList } from './attendance-fields';
import { Input, TextArea } from './common';
import { formFieldOf, serverFieldError } from '../../components/field';
import { HOURS_INPUT_ATTRS } from '../../../../shared/domains/hours';
import { DialogActions } from '../../components/dialog-actions';

const formSchema = setMeetingChanges.pick({ heldOn: true, hours: true, notes: true }).extend({
  attendance: z
    .record(z.string(), z.enum(ATTENDANCE))
    .refine((a) => Object.values(a).includes('attended'), { message: 'must have at least one member marked as attended' }),
});
type FormValues = z.infer<typeof formSchema>;

/** Correct a meeting already recorded: its date, hours, notes and who came. */
export function SetMeetingEditDialog({ set, meeting, onClose }: { set: SetDetail; meeting: SetMeeting; onClose: () => void }) {
  const update = useCommand('activities:updateSetMeeting');
  const toast = useToast();
  // Members who have left the set since still show, as they were recorded.
  const people = [...set.members, ...meeting.attendance.filter((a) => !set.members.some((m) => m.id === a.memberId)).map((a) => ({ id: a.memberId, name: a.name }))];
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { heldOn: meeting.heldOn, hours: meeting.hours, notes: meeting.notes, attendance: attendanceDefaults(people, meeting.attendance) },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await update.mutateAsync({ id: meeting.id, changes: { heldOn: v.heldOn, hours: v.hours, notes: v.notes, attendance: attendanceList(v.attendance) } });
      toast.show('Meeting updated.');
      onClose();
    } catch (error) {
      const field = formFieldOf(error);
      if (field === 'heldOn' || field === 'hours') setError(field, serverFieldError(error));
    }
  });
  return (
    <Dialog title={`Edit the meeting of ${formatUkDate(meeting.heldOn)}`} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <Input label="Held on" type="date" registration={register('heldOn')} error={errors.heldOn} />
        <Input label="Hours" type="number" step={HOURS_INPUT_ATTRS.step} registration={register('hours', { valueAsNumber: true })} error={errors.hours} />
        <AttendanceFields members={people} register={register} error={(errors.attendance as { message?: string } | undefined)?.message} />
        <div className="form-span">
          <TextArea label="Meeting notes" registration={register('notes')} error={errors.notes} />
        </div>
        {meeting.cpdLogged > 0 && (
          <p className="form-span muted">CPD already logged from this meeting stays in each person’s log; anyone newly marked as attended can be logged afterwards.</p>
        )}
        <ErrorMessage error={update.error && !['changes.heldOn', 'changes.hours'].includes(update.error.field ?? '') ? update.error : null} />
        <DialogActions onCancel={onClose} label="Save changes" busy={isSubmitting} span />
      </form>
    </Dialog>
  );
}
