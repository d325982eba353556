import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isoDate } from '../../../../shared/domains/common';
import { meetingInput, RECURRENCES, RECURRENCE_LABELS, type Meeting } from '../../../../shared/domains/one-to-ones';
import { addDays } from '../../../../shared/dates';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorMessage } from '../../components/page';
import { Field } from '../../components/field';
import { toInstant, toLocalParts } from './format';
import { focusFirst, LengthAndPlaceFields, showAtField, StartTimeField, timeOfDay, WithToday } from './meeting-fields';
import { DateInput } from '../../components/date-input';

const formSchema = z.object({
  memberId: z.number({ message: 'is required' }).int().positive('is required'),
  date: isoDate,
  time: timeOfDay,
  durationMinutes: meetingInput.shape.durationMinutes,
  location: meetingInput.shape.location,
  recurrence: meetingInput.shape.recurrence,
});
type FormValues = z.infer<typeof formSchema>;

interface Props {
  /** Fixed when scheduling from a member's page or editing. */
  memberId?: number;
  meeting?: Meeting;
  onClose: () => void;
  onSaved: (m: Meeting) => void;
}

/** Schedule a one-to-one, or change the time and place of one. */
export function ScheduleDialog(props: Props) {
  const title = props.meeting ? 'Change the one-to-one' : 'Schedule a one-to-one';
  return (
    <Dialog title={title} onClose={props.onClose}>
      <WithToday>{(today) => <ScheduleForm {...props} today={today} />}</WithToday>
    </Dialog>
  );
}

function ScheduleForm({ memberId, meeting, onClose, onSaved, today }: Props & { today: string }) {
  const people = useChannel('team:list', { includeArchived: false }, { enabled: memberId === undefined && !meeting });
  const schedule = useCommand('oneToOnes:schedule');
  const update = useCommand('oneToOnes:update');
  const defaults: FormValues = meeting
    ? { memberId: meeting.memberId, ...toLocalParts(meeting.scheduledAt), durationMinutes: meeting.durationMinutes, location: meeting.location, recurrence: meeting.recurrence }
    : { memberId: memberId ?? Number.NaN, date: addDays(today, 1), time: '10:00', durationMinutes: 45, location: '', recurrence: 'monthly' };
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: defaults, mode: 'onTouched' });
  const mutation = meeting ? update : schedule;

  const submit = handleSubmit(
    async (v) => {
      const changes = { scheduledAt: toInstant(v.date, v.time), durationMinutes: v.durationMinutes, location: v.location, recurrence: v.recurrence };
      try {
        const saved = meeting ? await update.mutateAsync({ id: meeting.id, changes }) : await schedule.mutateAsync({ memberId: v.memberId, ...changes });
        onSaved(saved);
      } catch (error) {
        showAtField(error, 'scheduledAt', defaults, { setError, setFocus });
      }
    },
    focusFirst(setFocus),
  );
  const fieldErrorShown = mutation.error?.field && ['memberId', 'scheduledAt', 'durationMinutes', 'location', 'recurrence'].includes(mutation.error.field);

  return (
      <form onSubmit={submit} noValidate className="form-grid">
        {memberId === undefined && !meeting && (
          <Field label="Team member" error={errors.memberId}>
            {(ids) => (
              <select {...register('memberId', { setValueAs: (v) => (v === '' ? Number.NaN : Number(v)) })} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
                <option value="">Choose…</option>
                {(people.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Date" error={errors.date}>
          {(ids) => <DateInput {...register('date')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <StartTimeField control={register('time')} error={errors.time} />
        <LengthAndPlaceFields length={register('durationMinutes', { valueAsNumber: true })} place={register('location')} errors={errors} />
        <Field label="Repeats" error={errors.recurrence}>
          {(ids) => (
            <select {...register('recurrence')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
              {RECURRENCES.map((r) => (
                <option key={r} value={r}>
                  {RECURRENCE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {!fieldErrorShown && <ErrorMessage error={mutation.error} />}
        <DialogActions onCancel={onClose} label={meeting ? 'Save changes' : 'Schedule'} busy={isSubmitting} span />
      </form>
  );
}
