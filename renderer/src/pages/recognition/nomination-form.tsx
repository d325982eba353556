import { zodResolver } from '../../components/form-resolver';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { BlockedNominee, Cycle, Nomination, Scheme } from '../../../../shared/domains/recognition';
import { nominationInput } from '../../../../shared/domains/recognition';
import { ssmartHints } from '../../../../shared/domains/recognition-rules';
import type { Member } from '../../../../shared/domains/team';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { useDraft } from '../../components/use-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { controlProps, Field, idOrNull, serverFieldError } from '../../components/field';
import { SsmartHints } from './ssmart-hints';

const formSchema = (scheme: Scheme) =>
  nominationInput.omit({ cycleId: true }).extend({
    nomineeId: z.number({ message: 'is required' }).int().positive('is required'),
    reason: nominationInput.shape.reason.refine((r) => r.length >= scheme.minReasonLength, {
      message: `must be at least ${scheme.minReasonLength} characters`,
    }),
  });
type Values = z.input<ReturnType<typeof formSchema>>;
const FIELDS = ['nomineeId', 'nominatorId', 'category', 'reason', 'evidence'] as const;

interface Props {
  scheme: Scheme;
  cycle: Cycle;
  members: Member[];
  blocked: BlockedNominee[];
  /** When given, the form corrects this nomination (its nominator stays as recorded). */
  nomination?: Nomination;
  onDone?: () => void;
}

/** Add a nomination; the SSMART hints update as the reason is typed and never stop the form. */
export function NominationForm({ scheme, cycle, members, blocked, nomination, onDone }: Props) {
  const create = useCommand('recognition:nominate');
  const update = useCommand('recognition:updateNomination');
  const nominate = nomination ? update : create;
  const toast = useToast();
  const schema = useMemo(() => formSchema(scheme), [scheme]);
  const empty: Values = { nomineeId: 0, nominatorId: null, category: scheme.categories[0] ?? '', reason: '', evidence: '' };
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: nomination
      ? { nomineeId: nomination.nomineeId, nominatorId: nomination.nominatorId, category: nomination.category, reason: nomination.reason, evidence: nomination.evidence }
      : empty,
    mode: 'onTouched',
  });
  const {
    register,
    handleSubmit,
    control,
    reset,
    setError,
    setFocus,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const [reason, category, nomineeId, nominatorId] = useWatch({ control, name: ['reason', 'category', 'nomineeId', 'nominatorId'] });
  // The reason is kept as a draft while it is typed; erasing the nominee erases it too.
  const reasonDraft = useFormFieldDraft(
    form,
    'reason',
    nomination ? `nomination:${nomination.id}:reason` : `nomination:new:${cycle.id}:reason`,
    nomination?.reason ?? '',
    nomineeId && nomineeId > 0 ? nomineeId : null,
  );
  // Who it is for, who nominated and the category are kept beside the reason's draft, so a restored reason
  // comes back with its nominee rather than under "Choose a team member…" (where it could be given to someone else).
  const picks = (v: { nomineeId?: number; nominatorId?: number | null; category?: string }) =>
    JSON.stringify({ nomineeId: v.nomineeId ?? 0, nominatorId: v.nominatorId ?? null, category: v.category ?? '' });
  const choicesDraft = useDraft({
    // Read once the team has arrived, so the restored nominee is one of the list's options.
    key: members.length === 0 ? null : nomination ? `nomination:${nomination.id}:choices` : `nomination:new:${cycle.id}:choices`,
    memberId: nomineeId && nomineeId > 0 ? nomineeId : null,
    saved: picks(nomination ?? empty),
    value: picks({ nomineeId, nominatorId, category }),
    onRestore: (body) => {
      let restored: { nomineeId?: unknown; nominatorId?: unknown; category?: unknown };
      try {
        restored = JSON.parse(body) as typeof restored;
      } catch {
        return;
      }
      const known = (id: unknown) => typeof id === 'number' && members.some((m) => m.id === id);
      if (known(restored.nomineeId)) form.setValue('nomineeId', restored.nomineeId as number, { shouldDirty: true });
      if (!nomination && (restored.nominatorId === null || known(restored.nominatorId))) form.setValue('nominatorId', restored.nominatorId as number | null, { shouldDirty: true });
      if (typeof restored.category === 'string' && scheme.categories.includes(restored.category)) form.setValue('category', restored.category, { shouldDirty: true });
    },
  });
  const discardDrafts = () => Promise.all([reasonDraft.discard(), choicesDraft.discard()]);
  const hints = ssmartHints(reason ?? '', { category: category ?? '', values: scheme.values, periodStart: cycle.periodStart, periodEnd: cycle.periodEnd });
  const blockedIds = new Map(blocked.filter((b) => b.memberId !== nomination?.nomineeId).map((b) => [b.memberId, b]));

  const submit = handleSubmit(
    async (values) => {
      try {
        if (nomination) {
          const { nominatorId: _kept, ...changes } = values;
          const saved = await update.mutateAsync({ id: nomination.id, changes });
          await discardDrafts();
          toast.show(`Nomination for ${saved.nomineeName} updated.`);
          onDone?.();
        } else {
          const saved = await create.mutateAsync({ ...values, cycleId: cycle.id });
          reset(empty);
          await discardDrafts();
          toast.show(`Nomination for ${saved.nomineeName} added.`);
        }
      } catch (error) {
        if (error instanceof ApiError && error.field && (FIELDS as readonly string[]).includes(error.field)) {
          setError(error.field as keyof Values, serverFieldError(error));
          setFocus(error.field as keyof Values);
        }
      }
    },
    (invalid) => {
      const first = FIELDS.find((f) => f in invalid);
      if (first) setFocus(first);
    },
  );
  const serverError = nominate.error && !(nominate.error.field && (FIELDS as readonly string[]).includes(nominate.error.field)) ? nominate.error : null;

  return (
    <form onSubmit={submit} noValidate className="form-grid" aria-label={nomination ? 'Edit the nomination' : 'Add a nomination'}>
      <UnsavedGuard when={isDirty} what={nomination ? 'Changes to the nomination' : 'The nomination you are writing'} plural={Boolean(nomination)} draftKept />
      <Field label="Nominee" error={errors.nomineeId}>
        {(ids) => (
          <select {...register('nomineeId', { setValueAs: (v) => Number(v) })} {...controlProps(ids)}>
            <option value="0">Choose a team member…</option>
            {members.map((m) => (
              <option key={m.id} value={m.id} disabled={blockedIds.has(m.id)}>
                {m.name}
                {blockedIds.has(m.id) ? ' (cooldown)' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!nomination && <Field label="Nominated by" error={errors.nominatorId} hint={scheme.anonymous ? 'Anonymous scheme: kept only to apply the rules, never shown' : undefined}>
        {(ids) => (
          <select {...register('nominatorId', { setValueAs: idOrNull })} {...controlProps(ids)}>
            <option value="">Me (the manager)</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>{m.name}</option>
            ))}
          </select>
        )}
      </Field>}
      <Field label="Category" error={errors.category}>
        {(ids) => (
          <select {...register('category')} {...controlProps(ids)}>
            {scheme.categories.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Reason" className="form-span" error={errors.reason} hint={`At least ${scheme.minReasonLength} characters. Say what they did, when, and why it mattered.`}>
        {(ids) => <textarea {...register('reason')} rows={4} {...controlProps(ids)} />}
      </Field>
      <div className="form-span" aria-live="polite">
        <SsmartHints hints={hints} label="SSMART suggestions for this reason" compact={!reason} />
      </div>
      <Field label="Evidence" className="form-span" error={errors.evidence} hint="Optional: a thank-you email, feedback, figures">
        {(ids) => <input {...register('evidence')} {...controlProps(ids)} />}
      </Field>
      <DraftNote statuses={[reasonDraft.status, choicesDraft.status]} onDiscard={() => void discardDrafts().then(() => reset())} />
      <ErrorMessage error={serverError} />
      <div className="form-span dialog-actions">
        {onDone && <button type="button" onClick={onDone}>Cancel</button>}
        <button type="submit" className="primary" disabled={isSubmitting}>{nomination ? 'Save changes' : 'Add nomination'}</button>
      </div>
    </form>
  );
}
