import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isoDate } from '../../../../shared/domains/common';
import { meetingInput, RECURRENCES, RECURRENCE_LABELS, type Meeting } from '../../../../shared/domains/one-to-ones';
import { addDays } from '../../../../shared/dates';
import { ApiError } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorMessage } from '../../components/page';
import { Field } from '../../components/field';
import { toInstant, toLocalParts } from './format';
import { serverFieldError } from '../../components/field';
import { DateInput } from '../../components/date-input';

const formSchema = z.object({
  memberId: z.number({ message: 'is required' }).int().positive('is required'),
  date: isoDate,
  time: z.string().regex(/^\d{2}:\d{2}$/, 'must be a time such as 10:00'),
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
  const status = useChannel('system:status', {});
  const title = props.meeting ? 'Change the one-to-one' : 'Schedule a one-to-one';
  return (
    <Dialog title={title} onClose={props.onClose}>
      {status.data ? <ScheduleForm {...props} today={status.data.today} /> : <ErrorMessage error={status.error} />}
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
        if (error instanceof ApiError && error.field) {
          const field = (error.field === 'scheduledAt' ? 'date' : error.field) as keyof FormValues;
          if (field in defaults) {
            setError(field, serverFieldError(error));
            setFocus(field);
          }
        }
      }
    },
    (invalid) => {
      const first = Object.keys(invalid)[0] as keyof FormValues | undefined;
      if (first) setFocus(first);
    },
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
        <Field label="Start time" error={errors.time}>
          {(ids) => <input {...register('time')} id={ids.id} type="time" aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <Field label="Length (minutes)" error={errors.durationMinutes}>
          {(ids) => (
            <input {...register('durationMinutes', { valueAsNumber: true })} id={ids.id} type="number" min="5" max="480" step="5" aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />
          )}
        </Field>
        <Field label="Where" error={errors.location} hint="Optional: a room, or 'Teams call'">
          {(ids) => <input {...register('location')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
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
