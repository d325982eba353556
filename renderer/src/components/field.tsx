import { useId, type ReactNode } from 'react';
import type { ErrorOption } from 'react-hook-form';
import { asErrorData, wordError, type ErrorWords } from '../../../shared/errors';
import { ApiError } from '../api/client';

/**
 * What a Field shows as its error: a finished sentence, or react-hook-form's error carrying the
 * error as data (`data`, put there by the form resolver or by `serverFieldError`), which the Field
 * words with its own label.
 */
export type FieldErrorValue = string | { message?: string; data?: ErrorWords };

/** The sentence for a field's error, worded with the label the form shows. */
export function fieldErrorText(label: string, error: FieldErrorValue | undefined): string | undefined {
  if (!error) return undefined;
  if (typeof error === 'string') return error;
  return error.data ? wordError(error.data, label) : error.message;
}

/** A server error as a form field's error (for `setError`): the Field words it with its own label. */
export function serverFieldError(error: unknown): ErrorOption {
  const data = asErrorData(error instanceof Error && 'data' in error ? (error as { data: unknown }).data : error);
  return Object.assign({ type: data.key, message: wordError(data) }, { data });
}

/** The form field a server error names: an update's `changes.heldOn` is the form's `heldOn`. */
export function formFieldOf(error: unknown): string | undefined {
  const field = error instanceof ApiError ? error.field : undefined;
  return field?.startsWith('changes.') ? field.slice('changes.'.length) : field;
}

/**
 * A rule checked in the form before sending (`cpdDateProblem`, `startDateProblem`): the shared
 * rule words itself as a predicate about the field, and the Field puts its label in front.
 */
export function ruleFieldError(rule: string): ErrorOption {
  const data: ErrorWords = { key: 'invalid', params: { rule } };
  return Object.assign({ type: 'rule', message: wordError(data) }, { data });
}

export interface FieldIds {
  id: string;
  describedBy?: string;
  invalid: boolean;
}

interface FieldProps {
  label: string;
  /** A react-hook-form error (worded here with `label` when it carries data), or a finished sentence. */
  error?: FieldErrorValue;
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
          {fieldErrorText(label, error)}
        </p>
      )}
    </div>
  );
}

/** Spread onto the control inside a Field. */
export const controlProps = (ids: FieldIds) => ({ id: ids.id, 'aria-describedby': ids.describedBy, 'aria-invalid': ids.invalid });

/** An empty control ('' from an input or the empty option) stored as null: the one null conversion for forms. */
export const nullIfEmpty = <T,>(v: T | '' | null | undefined): T | null => (v === '' || v === null || v === undefined ? null : v);

/** A number input's value as a number, or null when it is left empty. */
export const numberOrNull = (v: unknown): number | null => {
  const value = nullIfEmpty(v);
  return value === null ? null : Number(value);
};

/** A select's value back to an id, or null for the empty option (an id is a number: the same conversion). */
export const idOrNull = numberOrNull;
