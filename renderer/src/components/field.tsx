import { useId, type ReactNode } from 'react';
import { fieldLabel } from '../../../shared/field-labels';

const PREDICATES = ['is ', 'must ', 'cannot ', 'has '];

/** "is required" → "Job title is required"; other messages are shown as they are. */
export const fieldMessage = (label: string, message?: string) =>
  !message ? undefined : PREDICATES.some((p) => message.startsWith(p)) ? `${label} ${message}` : message;

export interface FieldIds {
  id: string;
  describedBy?: string;
  invalid: boolean;
}

interface FieldProps {
  label: string;
  /** A react-hook-form error, a server error, or a message. */
  error?: string | { message?: string };
  hint?: ReactNode;
  className?: string;
  /** Spans the whole row of a two-column form. */
  wide?: boolean;
  children: (ids: FieldIds) => ReactNode;
}

/** A labelled control with its hint and inline error, both tied to it with aria-describedby. */
export function Field({ label, error, hint, className, wide, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const message = typeof error === 'string' ? error : error?.message;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={[error ? 'field field-invalid' : 'field', wide ? 'form-span' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p id={errorId} className="field-error">
          {fieldMessage(label, message)}
        </p>
      )}
    </div>
  );
}

/** Spread onto the control inside a Field. */
export const controlProps = (ids: FieldIds) => ({ id: ids.id, 'aria-describedby': ids.describedBy, 'aria-invalid': ids.invalid });

/** An empty control ('' from an input or the empty option) stored as null: the one null conversion for forms. */
export const nullIfEmpty = <T,>(v: T | '' | null | undefined): T | null => (v === '' || v === null || v === undefined ? null : v);

/** A select's value back to an id, or null for the empty option. */
export const idOrNull = (v: unknown) => {
  const value = nullIfEmpty(v);
  return value === null ? null : Number(value);
};

/**
 * The app's messages start with the field in words ("Due date must be …", shared/field-labels.ts);
 * a form shows its own label instead, so the words are taken off and `fieldMessage` puts the label back.
 */
export function serverMessage(error: { message: string; field?: string }): string {
  if (!error.field) return error.message;
  const key = error.field.split('.').pop() ?? error.field;
  // The key itself too: errors made before the main process worded them (and test fakes) still read well.
  for (const start of [fieldLabel(error.field), key].flatMap((name) => [`${name}: `, `${name} `])) {
    if (error.message.startsWith(start)) return error.message.slice(start.length);
  }
  return error.message;
}
