import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isoDate } from '../../../../shared/domains/common';
import type { Series } from '../../../../shared/domains/one-to-one-series';
import { seriesChanges, type Meeting } from '../../../../shared/domains/one-to-ones';
import { addDays } from '../../../../shared/dates';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { Field, formFieldOf } from '../../components/field';
import { DateInput } from '../../components/date-input';
import { ErrorMessage } from '../../components/page';
import { toInstant, toLocalParts } from './format';
import { focusFirst, LengthAndPlaceFields, showAtField, StartTimeField, timeOfDay, WithToday } from './meeting-fields';

const formSchema = z.object({
  date: isoDate,
  time: timeOfDay,
  interval: seriesChanges.shape.interval,
  frequency: seriesChanges.shape.frequency,
  durationMinutes: seriesChanges.shape.durationMinutes,
  location: seriesChanges.shape.location,
});
type FormValues = z.infer<typeof formSchema>;

interface Props {
  memberId: number;
  /** Given when changing a series. */
  series?: Series;
  onClose: () => void;
  onCreated?: (first: Meeting) => void;
  onChanged?: (s: Series) => void;
}

/** Set up a series of regular one-to-ones (its first meeting is scheduled), or change one. */
export function SeriesDialog(props: Props) {
  return (
    <Dialog title={props.series ? 'Change the series' : 'Set up regular one-to-ones'} onClose={props.onClose}>
      <WithToday>{(today) => <SeriesForm {...props} today={today} />}</WithToday>
    </Dialog>
  );
}

function SeriesForm({ memberId, series, onClose, onCreated, onChanged, today }: Props & { today: string }) {
  const create = useCommand('oneToOnes:createSeries');
  const update = useCommand('oneToOnes:updateSeries');
  const defaults: FormValues = series
    ? { ...toLocalParts(series.startsAt), interval: series.interval, frequency: series.frequency, durationMinutes: series.durationMinutes, location: series.location }
    : { date: addDays(today, 1), time: '10:00', interval: 4, frequency: 'weekly', durationMinutes: 45, location: '' };
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: defaults, mode: 'onTouched' });
  const mutation = series ? update : create;

  const submit = handleSubmit(
    async (v) => {
      const changes = { startsAt: toInstant(v.date, v.time), durationMinutes: v.durationMinutes, location: v.location, frequency: v.frequency, interval: v.interval };
      try {
        if (series) onChanged?.(await update.mutateAsync({ id: series.id, changes }));
        else onCreated?.(await create.mutateAsync({ memberId, ...changes }));
      } catch (error) {
        showAtField(error, 'startsAt', defaults, { setError, setFocus });
      }
    },
    focusFirst(setFocus),
  );
  const field = formFieldOf(mutation.error);
  const fieldErrorShown = field !== undefined && ['startsAt', 'interval', 'frequency', 'durationMinutes', 'location'].includes(field);

  return (
    <form onSubmit={submit} noValidate className="form-grid">
      <Field label={series ? 'Next meeting from' : 'First meeting'} error={errors.date} hint="Its weekday (or day of the month) sets the series">
        {(ids) => <DateInput {...register('date')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <StartTimeField control={register('time')} error={errors.time} />
      <Field label="Every" error={errors.interval}>
        {(ids) => <input {...register('interval', { valueAsNumber: true })} id={ids.id} type="number" min="1" max="12" step="1" aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <Field label="Weeks or months" error={errors.frequency}>
        {(ids) => (
          <select {...register('frequency')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
            <option value="weekly">Weeks (same weekday)</option>
            <option value="monthly">Months (same day of the month)</option>
          </select>
        )}
      </Field>
      <LengthAndPlaceFields length={register('durationMinutes', { valueAsNumber: true })} place={register('location')} errors={errors} />
      {!fieldErrorShown && <ErrorMessage error={mutation.error} />}
      <DialogActions onCancel={onClose} label={series ? 'Save changes' : 'Set up series'} busy={isSubmitting} span />
    </form>
  );
}
