import { zodResolver } from '../../components/form-resolver';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  CADENCES,
  CADENCE_LABELS,
  DECIDERS,
  DECIDER_LABELS,
  emptySchemeInput,
  schemeInput,
  TIE_BREAKS,
  TIE_BREAK_LABELS,
  type Scheme,
  type SchemeInput,
} from '../../../../shared/domains/recognition';
import { ApiError } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { controlProps, Field, serverFieldError } from '../../components/field';
import { DialogActions } from '../../components/dialog-actions';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';

/** Categories and values are typed one per line (or comma separated) and checked by the same schema as the server's. */
const lines = (v: unknown) => (typeof v === 'string' ? v.split(/\n|,/).map((s) => s.trim()).filter(Boolean) : v);
const schemeForm = schemeInput.extend({
  categories: z.preprocess(lines, schemeInput.shape.categories),
  values: z.preprocess(lines, schemeInput.shape.values),
});
type FormValues = z.input<typeof schemeForm>;

const toForm = (s: SchemeInput): FormValues => ({ ...s, categories: s.categories.join('\n'), values: s.values.join('\n'), panelMemberIds: s.panelMemberIds ?? [] });

export function SchemeForm({ scheme, onClose, onSaved }: { scheme?: Scheme; onClose: () => void; onSaved: (s: Scheme) => void }) {
  const create = useCommand('recognition:createScheme');
  const team = useChannel('team:list', { includeArchived: false });
  const update = useCommand('recognition:updateScheme');
  const saved = toForm(scheme ?? emptySchemeInput);
  const form = useForm<FormValues, unknown, SchemeInput>({
    resolver: zodResolver(schemeForm),
    defaultValues: saved,
    mode: 'onTouched',
  });
  const {
    register,
    control,
    watch,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = form;
  // Categories and values are kept as drafts while they are typed (about no one, so tied to no member).
  const draftKey = (field: string) => `scheme:${scheme?.id ?? 'new'}:${field}`;
  const drafts = [
    useFormFieldDraft(form, 'categories', draftKey('categories'), String(saved.categories), null),
    useFormFieldDraft(form, 'values', draftKey('values'), String(saved.values), null),
  ];
  const discardDrafts = () => Promise.all(drafts.map((d) => d.discard()));
  const mutation = scheme ? update : create;

  const submit = handleSubmit(
    async (values) => {
      try {
        const result = scheme ? await update.mutateAsync({ id: scheme.id, changes: values }) : await create.mutateAsync(values);
        await discardDrafts();
        onSaved(result);
      } catch (error) {
        if (error instanceof ApiError && error.field && error.field in emptySchemeInput) {
          setError(error.field as keyof FormValues, serverFieldError(error));
          setFocus(error.field as keyof FormValues);
        }
      }
    },
    (invalid) => {
      const first = Object.keys(invalid)[0] as keyof FormValues | undefined;
      if (first) setFocus(first);
    },
  );
  const serverError = mutation.error && !(mutation.error.field && mutation.error.field in emptySchemeInput) ? mutation.error : null;
  const err = (e: unknown) => e as { message?: string } | undefined;

  return (
    <Dialog title={scheme ? `Edit ${scheme.name}` : 'New recognition scheme'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label="Scheme name" error={errors.name}>{(ids) => <input {...register('name')} {...controlProps(ids)} />}</Field>
        <Field label="Cadence" error={errors.cadence}>
          {(ids) => (
            <select {...register('cadence')} {...controlProps(ids)}>
              {CADENCES.map((c) => (
                <option key={c} value={c}>{CADENCE_LABELS[c]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Categories" error={err(errors.categories)} hint="One per line. Choose categories people at every grade can win.">
          {(ids) => <textarea {...register('categories')} rows={5} {...controlProps(ids)} />}
        </Field>
        <Field label="Linked values" error={err(errors.values)} hint="Optional, one per line: your organisation's values">
          {(ids) => <textarea {...register('values')} rows={5} {...controlProps(ids)} />}
        </Field>
        <DraftNote statuses={drafts.map((d) => d.status)} onDiscard={() => void discardDrafts().then(() => form.reset(saved))} />
        <UnsavedGuard when={form.formState.isDirty} what={scheme ? `Your changes to ${scheme.name}` : 'The new scheme'} plural={Boolean(scheme)} draftKept />
        <Field label="Reward" error={errors.reward} hint="What the winner receives, e.g. a book token and a certificate">
          {(ids) => <input {...register('reward')} {...controlProps(ids)} />}
        </Field>
        <Field label="Who decides" error={errors.decidedBy}>
          {(ids) => (
            <select {...register('decidedBy')} {...controlProps(ids)}>
              {DECIDERS.map((d) => (
                <option key={d} value={d}>{DECIDER_LABELS[d]}</option>
              ))}
            </select>
          )}
        </Field>
        {watch('decidedBy') === 'panel' && (
          <Controller
            control={control}
            name="panelMemberIds"
            render={({ field }) => {
              const chosen = new Set(field.value ?? []);
              const toggle = (id: number, on: boolean) => field.onChange((team.data ?? []).map((m) => m.id).filter((m) => (m === id ? on : chosen.has(m))));
              return (
                <fieldset className="form-span recognition-panel" aria-describedby="panel-hint panel-error">
                  <legend>Panel members</legend>
                  <p id="panel-hint" className="hint">Only the people ticked here can vote. Name at least two; a nominee on the panel cannot vote on their own nomination.</p>
                  {(team.data ?? []).map((m) => (
                    <label key={m.id} className="checkbox">
                      <input type="checkbox" checked={chosen.has(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} onBlur={field.onBlur} /> {m.name}
                    </label>
                  ))}
                  {errors.panelMemberIds && (
                    <p id="panel-error" className="field-error" role="alert">
                      {err(errors.panelMemberIds)?.message}
                    </p>
                  )}
                </fieldset>
              );
            }}
          />
        )}
        <Field label="Tie-break rule" error={errors.tieBreak} hint="Applied when votes are level">
          {(ids) => (
            <select {...register('tieBreak')} {...controlProps(ids)}>
              {TIE_BREAKS.map((d) => (
                <option key={d} value={d}>{TIE_BREAK_LABELS[d]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Cooldown (cycles)" error={errors.cooldownCycles} hint="A winner cannot win this scheme again for this many cycles">
          {(ids) => <input {...register('cooldownCycles', { valueAsNumber: true })} type="number" min={0} max={24} {...controlProps(ids)} />}
        </Field>
        <Field label="Minimum reason length (characters)" error={errors.minReasonLength}>
          {(ids) => <input {...register('minReasonLength', { valueAsNumber: true })} type="number" min={0} max={1000} {...controlProps(ids)} />}
        </Field>
        <fieldset className="form-span recognition-rules">
          <legend>Rules</legend>
          <label className="checkbox">
            <input type="checkbox" {...register('allowSelfNomination')} /> Allow self-nomination
          </label>
          <label className="checkbox">
            <input type="checkbox" {...register('anonymous')} /> Anonymous nominations (nominator hidden on screen and in exports)
          </label>
        </fieldset>
        <ErrorMessage error={serverError} />
        <DialogActions onCancel={onClose} label={scheme ? 'Save changes' : 'Create scheme'} busy={isSubmitting} span />
      </form>
    </Dialog>
  );
}
