import { useId, type ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';

/** "is required" → "Reason is required"; other messages are shown as they are. */
export const fieldMessage = (label: string, message?: string) =>
  !message ? undefined : /^(is|must|cannot|has)\b/.test(message) ? `${label} ${message}` : message;

export interface FieldIds {
  id: string;
  describedBy?: string;
  invalid: boolean;
}

interface FieldProps {
  label: string;
  error?: FieldError | { message?: string };
  hint?: string;
  className?: string;
  children: (ids: FieldIds) => ReactNode;
}

/** A labelled control with its hint and its error tied to it for screen readers. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={[error ? 'field field-invalid' : 'field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p id={errorId} className="field-error">
          {fieldMessage(label, error.message)}
        </p>
      )}
    </div>
  );
}

export const controlProps = (ids: FieldIds) => ({ id: ids.id, 'aria-describedby': ids.describedBy, 'aria-invalid': ids.invalid });

/** A select's value back to an id, or null for the empty option. */
export const idOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
