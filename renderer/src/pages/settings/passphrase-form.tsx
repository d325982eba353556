import { zodResolver } from '../../components/form-resolver';
import { useForm, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../api/client';
import { controlProps, Field, serverFieldError, type FieldErrorValue } from '../../components/field';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorMessage } from '../../components/page';

export interface PassphraseField<T> {
  name: Path<T> & string;
  label: string;
  hint?: string;
  autoComplete: 'current-password' | 'new-password';
}

interface PassphraseFormProps<T extends FieldValues> {
  schema: z.ZodType<T, T>;
  fields: PassphraseField<T>[];
  submitLabel: string;
  pendingLabel: string;
  /** Sends the values; a typed error naming one of the fields is shown under it. */
  onSubmit: (values: T) => Promise<unknown>;
  onCancel?: () => void;
  ariaLabel: string;
}

/** A form of passphrase fields, checked with the same schema the main process uses. */
export function PassphraseForm<T extends FieldValues>({ schema, fields, submitLabel, pendingLabel, onSubmit, onCancel, ariaLabel }: PassphraseFormProps<T>) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<T>({ resolver: zodResolver(schema) });
  const rootError = errors.root?.message;
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (e) {
      const field = fields.find((f) => e instanceof ApiError && f.name === e.field);
      if (field && e instanceof ApiError) setError(field.name, serverFieldError(e));
      else setError('root', { message: e instanceof Error ? e.message : String(e) });
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={ariaLabel}>
      {fields.map((f, i) => (
        <Field key={f.name} label={f.label} hint={f.hint} error={errors[f.name] as FieldErrorValue | undefined}>
          {(ids) => (
            <input
              type="password"
              autoComplete={f.autoComplete}
              {...register(f.name)}
              {...controlProps(ids)}
              {...(i === 0 ? { 'data-autofocus': true } : {})}
            />
          )}
        </Field>
      ))}
      <ErrorMessage error={rootError} />
      <DialogActions onCancel={onCancel} label={submitLabel} busy={isSubmitting} busyLabel={pendingLabel} />
    </form>
  );
}
