import { zodResolver } from '../../components/form-resolver';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { LEVEL_LABELS, registrationSetInput, type RegistrationRecord, type RegistrationSetInput } from '../../../../shared/domains/registration';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { Field, serverFieldError } from '../../components/field';
import { ukOrDash } from './format';
import { LevelField } from './level-field';
import { DateInput } from '../../components/date-input';
import { DialogActions } from '../../components/dialog-actions';

/** The member's registered status (date registered, last revalidated, next anniversary), editable. */
export function RegisteredStatus({ memberId, records, today }: { memberId: number; records: RegistrationRecord[]; today: string }) {
  const [editing, setEditing] = useState<RegistrationRecord | 'new' | null>(null);
  const remove = useCommand('registration:removeRegistered');
  const set = useCommand('registration:setRegistered');
  const toast = useToast();
  return (
    <section className="card" aria-labelledby="reg-status">
      <h2 id="reg-status">Registration</h2>
      {records.length === 0 ? (
        <p className="muted">Not recorded as registered with CILIP.</p>
      ) : (
        <ul>
          {records.map((r) => (
            <li key={r.id}>
              {LEVEL_LABELS[r.level]}: registered {ukOrDash(r.registeredOn)}, last revalidated {ukOrDash(r.lastRevalidatedOn)}; next anniversary{' '}
              {ukOrDash(r.nextAnniversary)} (in {r.daysToAnniversary} days).{' '}
              {r.missedAnniversary && (
                <>
                  <span className="badge badge-stalled">Overdue</span> The anniversary on {ukOrDash(r.missedAnniversary)} went by with no
                  revalidation recorded.{' '}
                </>
              )}
              <button type="button" onClick={() => setEditing(r)} aria-label={`Edit ${LEVEL_LABELS[r.level]} registration`}>
                Edit
              </button>{' '}
              <button
                type="button"
                aria-label={`Remove ${LEVEL_LABELS[r.level]} registration`}
                onClick={() =>
                  void remove.mutateAsync({ id: r.id }).then(() =>
                    toast.show(`Removed the ${LEVEL_LABELS[r.level]} registration.`, {
                      label: 'Undo',
                      run: () => void set.mutateAsync({ memberId, level: r.level, registeredOn: r.registeredOn, lastRevalidatedOn: r.lastRevalidatedOn }),
                    }),
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => setEditing('new')}>
        Record registration
      </button>
      {editing && (
        <RegisteredDialog memberId={memberId} today={today} record={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}

function RegisteredDialog({ memberId, today, record, onClose }: { memberId: number; today: string; record?: RegistrationRecord; onClose: () => void }) {
  const set = useCommand('registration:setRegistered');
  const { register, handleSubmit, setError, formState: { errors } } = useForm<RegistrationSetInput>({
    resolver: zodResolver(registrationSetInput),
    defaultValues: {
      memberId,
      level: record?.level ?? 'chartership',
      registeredOn: record?.registeredOn ?? today,
      lastRevalidatedOn: record?.lastRevalidatedOn ?? null,
    },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await set.mutateAsync(values);
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in values) {
        setError(error.field as keyof RegistrationSetInput, serverFieldError(error));
      }
    }
  });
  return (
    <Dialog title={record ? 'Edit registration' : 'Record registration'} onClose={onClose}>
      <form onSubmit={submit} noValidate className="form-grid">
        {record ? (
          <p className="form-span">Level: {LEVEL_LABELS[record.level]}</p>
        ) : (
          <LevelField control={register('level')} error={errors.level} />
        )}
        <Field label="Registered on" error={errors.registeredOn}>
          {(ids) => <DateInput {...register('registeredOn')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <Field label="Last revalidated on" error={errors.lastRevalidatedOn} hint="Leave empty if not revalidated yet">
          {(ids) => (
            <DateInput
              {...register('lastRevalidatedOn', { setValueAs: (v: unknown) => (v === '' || v == null ? null : v) })}
              id={ids.id}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <ErrorMessage error={set.error && !set.error.field ? set.error : null} />
        <DialogActions onCancel={onClose} label="Save registration" span />
      </form>
    </Dialog>
  );
}
