import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { SESSION_TYPES, SESSION_TYPE_LABELS, setInput, setSizeWarning, type SetDetail, type SetInput } from '../../../../shared/domains/activities';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { Input, useTeam } from './common';
import { Field, fieldErrorText, nullIfEmpty, serverFieldError } from '../../components/field';
import { DialogActions } from '../../components/dialog-actions';

// Checkboxes give back strings; the shared schema wants member ids.
const formSchema = setInput.extend({
  memberIds: z.array(z.string()).transform((ids) => ids.map(Number)).pipe(setInput.shape.memberIds),
});
type FormValues = z.input<typeof formSchema>;

/** Create or edit an action learning set; the size warning updates as members are ticked. */
export function SetForm({ set, onClose, onSaved }: { set?: SetDetail; onClose: () => void; onSaved: (s: SetDetail) => void }) {
  const team = useTeam();
  const create = useCommand('activities:createSet');
  const update = useCommand('activities:updateSet');
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, SetInput>({
    resolver: zodResolver(formSchema),
    defaultValues: set
      ? { name: set.name, facilitator: set.facilitator, rhythm: set.rhythm, sessionType: set.sessionType, startedOn: set.startedOn, memberIds: set.members.map((m) => String(m.id)) }
      : { name: '', facilitator: '', rhythm: '', sessionType: 'combined', startedOn: null, memberIds: [] },
  });
  const chosen = watch('memberIds') ?? [];
  const warning = chosen.length > 0 ? setSizeWarning(chosen.length) : null;
  const mutation = set ? update : create;

  const submit = handleSubmit(async (values) => {
    try {
      onSaved(set ? await update.mutateAsync({ id: set.id, changes: values }) : await create.mutateAsync(values));
    } catch (error) {
      const root = error instanceof ApiError ? error.field?.split('.')[0] : undefined;
      if (root && root in values) setError(root as keyof FormValues, serverFieldError(error));
    }
  });

  return (
    <Dialog title={set ? `Edit ${set.name}` : 'New action learning set'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <Input label="Name" registration={register('name')} error={errors.name} />
        <Input label="Facilitator" registration={register('facilitator')} error={errors.facilitator} hint="Optional" />
        <Input label="Rhythm" registration={register('rhythm')} error={errors.rhythm} hint="For example: every 5 weeks, quarterly" />
        <Field label="Session type" error={errors.sessionType}>
          {(ids) => (
            <select {...register('sessionType')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
              {SESSION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {SESSION_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Input label="Started on" type="date" registration={register('startedOn', { setValueAs: nullIfEmpty })} error={errors.startedOn} hint="Optional" />
        <fieldset className="form-span" aria-describedby="act-set-size">
          <legend>Members</legend>
          {team.map((m) => (
            <label key={m.id} className="checkbox">
              <input type="checkbox" value={String(m.id)} {...register('memberIds')} />
              {m.name}
            </label>
          ))}
          <p id="act-set-size" aria-live="polite" className={warning ? 'act-warning' : 'muted'}>
            {warning ?? `${chosen.length} chosen. Sets work best with 4 to 10 members.`}
          </p>
          {errors.memberIds && <p className="field-error">{fieldErrorText('Members', errors.memberIds.root ?? errors.memberIds)}</p>}
        </fieldset>
        <ErrorMessage error={mutation.error && !mutation.error.field ? mutation.error : null} />
        <DialogActions onCancel={onClose} label={set ? 'Save changes' : 'Create set'} busy={isSubmitting} span />
      </form>
    </Dialog>
  );
}
