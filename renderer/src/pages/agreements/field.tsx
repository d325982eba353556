import { useId, type ReactNode } from 'react';

/** "is required" → "Activity is required"; other messages are shown as they are. */
export const fieldMessage = (label: string, message?: string) =>
  !message ? undefined : /^(is|must|cannot|has)\b/.test(message) ? `${label} ${message}` : message;

export interface FieldIds {
  id: string;
  describedBy?: string;
  invalid: boolean;
}

/** A labelled control with an optional hint and an inline error tied to it by aria-describedby. */
export function Field({
  label,
  error,
  hint,
  wide,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  wide?: boolean;
  children: (ids: FieldIds) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${wide ? ' form-span' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {fieldMessage(label, error)}
        </p>
      )}
    </div>
  );
}

export const controlProps = (ids: FieldIds) => ({ id: ids.id, 'aria-describedby': ids.describedBy, 'aria-invalid': ids.invalid });
