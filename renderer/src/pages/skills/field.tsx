import { useId, type ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';

/** "is required" → "Title is required"; other messages are shown as they are. */
export const fieldMessage = (label: string, message?: string) =>
  !message ? undefined : /^(is|must|cannot|has)\b/.test(message) ? `${label} ${message}` : message;

export interface FieldIds {
  id: string;
  describedBy?: string;
  invalid: boolean;
}

/** A labelled form control with an optional hint and its error, wired for screen readers. */
export function Field({ label, error, hint, children }: { label: string; error?: FieldError; hint?: string; children: (ids: FieldIds) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
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
