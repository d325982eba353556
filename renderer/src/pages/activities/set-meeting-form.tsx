import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ATTENDANCE, setMeetingInput, type SetDetail } from '../../../../shared/domains/activities';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { serverFieldError } from '../../components/field';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { attendanceDefaults, AttendanceFields, attendanceList } from './attendance-fields';
import { DraftNote, Input, TextArea, useFormFieldDraft } from './common';
import { HOURS_INPUT_ATTRS } from '../../../../shared/domains/hours';

const formSchema = setMeetingInput.pick({ heldOn: true, hours: true, notes: true }).extend({
  plans: z.record(z.string(), z.string().max(2000, 'must be at most 2000 characters')),
  progress: z.record(z.string(), z.string().max(2000, 'must be at most 2000 characters')),
  attendance: z
    .record(z.string(), z.enum(ATTENDANCE))
    .refine((a) => Object.values(a).includes('attended'), { message: 'must have at least one member marked as attended' }),
});
type FormValues = z.infer<typeof formSchema>;

/** Record a meeting: who came, progress on the plans carried from last time, and each presenter's new plan. */
export function SetMeetingForm({ set, today }: { set: SetDetail; today: string }) {
  const record = useCommand('activities:recordSetMeeting');
  const toast = useToast();
  const blank = (hours: number) => ({ heldOn: today, hours, notes: '', plans: {}, progress: {}, attendance: attendanceDefaults(set.members) });
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: blank(2) });
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const notesDraft = useFormFieldDraft(form, 'notes', `setMeeting:new:${set.id}:notes`, '', null);

  const submit = handleSubmit(async (v) => {
    try {
      await record.mutateAsync({
        setId: set.id,
        heldOn: v.heldOn,
        hours: v.hours,
        notes: v.notes,
        plans: Object.entries(v.plans)
          .filter(([, plan]) => plan.trim() !== '')
          .map(([presenterId, plan]) => ({ presenterId: Number(presenterId.replace('m', '')), plan })),
        progress: Object.entries(v.progress).map(([planId, progress]) => ({ planId: Number(planId.replace('p', '')), progress })),
        attendance: attendanceList(v.attendance),
      });
      await notesDraft.discard();
      toast.show('Meeting recorded.');
      reset(blank(v.hours));
    } catch (error) {
      if (error instanceof ApiError && (error.field === 'heldOn' || error.field === 'hours')) setError(error.field, serverFieldError(error));
    }
  });

  return (
    <section className="card" aria-labelledby="act-record-heading">
      <h2 id="act-record-heading">Record a meeting</h2>
      <UnsavedGuard when={isDirty} what="The details of the meeting you are recording" plural />
      <form onSubmit={submit} noValidate className="form-grid">
        <Input label="Held on" type="date" registration={register('heldOn')} error={errors.heldOn} hint="The day it met: not always today" />
        <Input label="Hours" type="number" step={HOURS_INPUT_ATTRS.step} registration={register('hours', { valueAsNumber: true })} error={errors.hours} />
        <AttendanceFields members={set.members} register={register} error={(errors.attendance as { message?: string } | undefined)?.message} />
        <div className="form-span">
          <TextArea label="Meeting notes" registration={register('notes')} error={errors.notes} hint="Optional; kept as a draft as you type" />
        </div>
        {set.carriedPlans.length > 0 && (
          <fieldset className="form-span">
            <legend>Progress on last meeting’s action plans</legend>
            {set.carriedPlans.map((p) => (
              <TextArea key={p.id} label={`Progress reported by ${p.presenterName}`} hint={`Plan: ${p.plan}`} registration={register(`progress.p${p.id}`)} rows={2} />
            ))}
          </fieldset>
        )}
        <fieldset className="form-span">
          <legend>New action plans (leave blank for members who did not present)</legend>
          {set.members.map((m) => (
            <TextArea key={m.id} label={`Action plan for ${m.name}`} registration={register(`plans.m${m.id}`)} rows={2} />
          ))}
        </fieldset>
        <DraftNote statuses={[notesDraft.status]} onDiscard={() => void notesDraft.discard().then(() => form.setValue('notes', ''))} />
        <ErrorMessage error={record.error && record.error.field !== 'heldOn' && record.error.field !== 'hours' ? record.error : null} />
        <div className="form-span">
          <button type="submit" className="primary" disabled={isSubmitting}>
            Record meeting
          </button>
        </div>
      </form>
    </section>
  );
}
