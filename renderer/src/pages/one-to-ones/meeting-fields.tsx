import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormRegisterReturn, UseFormSetError, UseFormSetFocus } from 'react-hook-form';
import { z } from 'zod';
import { useChannel } from '../../api/hooks';
import { Field, formFieldOf, serverFieldError, type FieldErrorValue } from '../../components/field';
import { ErrorMessage } from '../../components/page';

/*
 * What scheduling a one-to-one (ScheduleDialog) and setting up a series (SeriesDialog) share: the start
 * time, length and place fields, waiting for today's date, and showing a server error at its field.
 */

/** A time of day as the time input gives it. */
export const timeOfDay = z.string().regex(/^\d{2}:\d{2}$/, 'must be a time such as 10:00');

/** The form inside once today's date is known (new meetings default to tomorrow). */
export function WithToday({ children }: { children: (today: string) => ReactNode }) {
  const status = useChannel('system:status', {});
  return status.data ? children(status.data.today) : <ErrorMessage error={status.error} />;
}

export function StartTimeField({ control, error }: { control: UseFormRegisterReturn; error?: FieldErrorValue | undefined }) {
  return (
    <Field label="Start time" error={error}>
      {(ids) => <input {...control} id={ids.id} type="time" aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
    </Field>
  );
}

/** How long the meeting is and where it is held. */
export function LengthAndPlaceFields(props: {
  length: UseFormRegisterReturn;
  place: UseFormRegisterReturn;
  errors: { durationMinutes?: FieldErrorValue | undefined; location?: FieldErrorValue | undefined };
}) {
  return (
    <>
      <Field label="Length (minutes)" error={props.errors.durationMinutes}>
        {(ids) => <input {...props.length} id={ids.id} type="number" min="5" max="480" step="5" aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <Field label="Where" error={props.errors.location} hint="Optional: a room, or 'Teams call'">
        {(ids) => <input {...props.place} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
    </>
  );
}

/**
 * A server error shown at the form field it names, and focused: the meeting's instant (`scheduledAt`,
 * `startsAt`) is the form's date field. Returns whether the form shows it (else a banner does).
 */
export function showAtField<T extends FieldValues>(
  error: unknown,
  instant: string,
  values: T,
  form: { setError: UseFormSetError<T>; setFocus: UseFormSetFocus<T> },
): boolean {
  const named = formFieldOf(error);
  if (!named) return false;
  const field = (named === instant ? 'date' : named) as Path<T>;
  if (!(field in values)) return false;
  form.setError(field, serverFieldError(error));
  form.setFocus(field);
  return true;
}

/** Focus the first field a client-side check refused. */
export const focusFirst =
  <T extends FieldValues>(setFocus: UseFormSetFocus<T>) =>
  (invalid: Partial<Record<string, unknown>>) => {
    const first = Object.keys(invalid)[0] as Path<T> | undefined;
    if (first) setFocus(first);
  };
