import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  awardInput,
  awardNominationInput,
  AWARD_CATALOGUE_STATUSES,
  AWARD_CATALOGUE_STATUS_LABELS,
  AWARD_STATUSES,
  AWARD_STATUS_LABELS,
  emptyAwardInput,
  type Award,
  type AwardInput,
  type AwardNomination,
  type AwardNominationInput,
} from '../../../../shared/domains/recognition-external';
import type { Member } from '../../../../shared/domains/team';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { controlProps, Field, nullIfEmpty, serverFieldError } from '../../components/field';
import { DateInput } from '../../components/date-input';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { DialogActions } from '../../components/dialog-actions';

/** Shows a server error on its field when the form has that field, otherwise above the buttons. */
function useServerErrors<T extends object>(fields: T) {
  return (error: ApiError | null) => (error && !(error.field && error.field in fields) ? error : null);
}

export function AwardForm({ award, onClose }: { award?: Award; onClose: () => void }) {
  const create = useCommand('recognition:createAward');
  const update = useCommand('recognition:updateAward');
  const mutation = award ? update : create;
  const form = useForm<AwardInput>({
    resolver: zodResolver(awardInput),
    defaultValues: award
      ? {
          name: award.name,
          organiser: award.organiser,
          category: award.category,
          eligibility: award.eligibility,
          url: award.url,
          windowOpens: award.windowOpens,
          windowCloses: award.windowCloses,
          source: award.source,
          lastChecked: award.lastChecked,
          everyYears: award.everyYears,
          status: award.status,
        }
      : emptyAwardInput,
    mode: 'onTouched',
  });
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = form;
  const eligibilityDraft = useFormFieldDraft(form, 'eligibility', `award:${award?.id ?? 'new'}:eligibility`, award?.eligibility ?? '', null);
  const submit = handleSubmit(async (values) => {
    try {
      if (award) await update.mutateAsync({ id: award.id, changes: values });
      else await create.mutateAsync(values);
      await eligibilityDraft.discard();
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in emptyAwardInput) setError(error.field as keyof AwardInput, serverFieldError(error));
    }
  });
  const serverError = useServerErrors(emptyAwardInput)(mutation.error);
  return (
    <Dialog title={award ? `Edit ${award.name}` : 'Add an external award'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label="Award name" error={errors.name}>{(ids) => <input {...register('name')} {...controlProps(ids)} />}</Field>
        <Field label="Organiser" error={errors.organiser}>{(ids) => <input {...register('organiser')} {...controlProps(ids)} />}</Field>
        <Field label="Category" error={errors.category}>{(ids) => <input {...register('category')} {...controlProps(ids)} />}</Field>
        <Field label="Web address" error={errors.url} hint="Optional; starts with https://">{(ids) => <input {...register('url')} type="url" {...controlProps(ids)} />}</Field>
        <Field label="Window usually opens" error={errors.windowOpens} hint="Month and day, e.g. 01-15; leave blank if unknown">
          {(ids) => <input {...register('windowOpens')} placeholder="MM-DD" {...controlProps(ids)} />}
        </Field>
        <Field label="Window usually closes" error={errors.windowCloses} hint="Month and day, e.g. 03-31; used for reminders">
          {(ids) => <input {...register('windowCloses')} placeholder="MM-DD" {...controlProps(ids)} />}
        </Field>
        <Field label="Source" error={errors.source} hint="The organiser's page these details come from (https://…)">
          {(ids) => <input {...register('source')} type="url" {...controlProps(ids)} />}
        </Field>
        <Field label="Last checked" error={errors.lastChecked} hint="The day you last checked these details against the source">
          {(ids) => <DateInput {...register('lastChecked', { setValueAs: (v: unknown) => (v === '' || v === null ? null : v) })} {...controlProps(ids)} />}
        </Field>
        <Field label="Runs every (years)" error={errors.everyYears} hint="1 for a yearly award; 2 for one held every other year">
          {(ids) => <input {...register('everyYears', { valueAsNumber: true })} type="number" min={1} max={10} {...controlProps(ids)} />}
        </Field>
        <Field label="Still running?" error={errors.status} hint="No usual-window reminders for an award that may have ended">
          {(ids) => (
            <select {...register('status')} {...controlProps(ids)}>
              {AWARD_CATALOGUE_STATUSES.map((s) => <option key={s} value={s}>{AWARD_CATALOGUE_STATUS_LABELS[s]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Eligibility notes" className="form-span" error={errors.eligibility}>
          {(ids) => <textarea {...register('eligibility')} rows={3} {...controlProps(ids)} />}
        </Field>
        <DraftNote statuses={[eligibilityDraft.status]} onDiscard={() => void eligibilityDraft.discard().then(() => reset())} />
        <ErrorMessage error={serverError} />
        <DialogActions onCancel={onClose} label={award ? 'Save changes' : 'Add award'} busy={isSubmitting} span />
      </form>
    </Dialog>
  );
}

interface NominationFormProps {
  awards: Award[];
  members: Member[];
  nomination?: AwardNomination;
  today: string;
  onClose: () => void;
}

const TEAM = 'team';

/**
 * The form asks for the award, the nominee and the deadline: nothing is pre-chosen, so an empty
 * submit records nothing (it used to record the first award in the list, "the team", due today).
 */
const nominationForm = awardNominationInput.omit({ memberId: true, awardId: true, deadline: true }).extend({
  awardId: z.string().min(1, 'is required: choose the award'),
  nominee: z.string().min(1, 'is required: choose a person, or the team or service'),
  deadline: z.string().min(1, "is required: the organiser's closing date").pipe(awardNominationInput.shape.deadline),
});
type NominationFormValues = z.infer<typeof nominationForm>;

const toInput = (v: NominationFormValues): AwardNominationInput => {
  const { nominee, awardId, ...rest } = v;
  return { ...rest, awardId: Number(awardId), memberId: nominee === TEAM ? null : Number(nominee) };
};

const awardLabel = (a: Award) => `${a.name}${a.status === 'possibly_discontinued' ? ' (possibly discontinued)' : ''}`;

export function AwardNominationForm({ awards, members, nomination, today, onClose }: NominationFormProps) {
  const create = useCommand('recognition:createAwardNomination');
  const update = useCommand('recognition:updateAwardNomination');
  const mutation = nomination ? update : create;
  const empty: NominationFormValues = { awardId: '', nominee: '', year: Number(today.slice(0, 4)), deadline: '', status: 'planned', submittedOn: null, notes: '' };
  const form = useForm<NominationFormValues>({
    resolver: zodResolver(nominationForm),
    defaultValues: nomination
      ? {
          awardId: String(nomination.awardId),
          nominee: nomination.memberId === null ? TEAM : String(nomination.memberId),
          year: nomination.year,
          deadline: nomination.deadline,
          status: nomination.status,
          submittedOn: nomination.submittedOn,
          notes: nomination.notes,
        }
      : empty,
    mode: 'onTouched',
  });
  const { register, handleSubmit, setError, setFocus, watch, reset, formState: { errors, isSubmitting } } = form;
  const nominee = watch('nominee');
  const notesDraft = useFormFieldDraft(
    form,
    'notes',
    `awardNomination:${nomination?.id ?? 'new'}:notes`,
    nomination?.notes ?? '',
    nominee && nominee !== TEAM ? Number(nominee) : null,
  );
  const fieldOf = (f: string): keyof NominationFormValues | null => (f === 'memberId' ? 'nominee' : f in empty ? (f as keyof NominationFormValues) : null);
  const submit = handleSubmit(
    async (values) => {
      try {
        if (nomination) await update.mutateAsync({ id: nomination.id, changes: toInput(values) });
        else await create.mutateAsync(toInput(values));
        await notesDraft.discard();
        onClose();
      } catch (error) {
        const field = error instanceof ApiError && error.field ? fieldOf(error.field) : null;
        if (error instanceof ApiError && field) setError(field, serverFieldError(error));
      }
    },
    (invalid) => {
      const first = Object.keys(invalid)[0] as keyof NominationFormValues | undefined;
      if (first) setFocus(first);
    },
  );
  const serverError = mutation.error && !(mutation.error.field && fieldOf(mutation.error.field)) ? mutation.error : null;
  const chosen = awards.find((a) => String(a.id) === watch('awardId'));
  return (
    <Dialog title={nomination ? `Edit nomination for ${nomination.awardName}` : 'Record an external nomination'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label="Award" error={errors.awardId} hint={chosen ? chosen.eligibility : undefined}>
          {(ids) => (
            <select {...register('awardId')} {...controlProps(ids)}>
              <option value="">Choose the award…</option>
              {awards.map((a) => <option key={a.id} value={a.id}>{awardLabel(a)}</option>)}
            </select>
          )}
        </Field>
        <Field label="Nominee" error={errors.nominee}>
          {(ids) => (
            <select {...register('nominee')} {...controlProps(ids)}>
              <option value="">Choose who is nominated…</option>
              <option value={TEAM}>The team or service as a whole</option>
              {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          )}
        </Field>
        <Field label="Award year" error={errors.year}>{(ids) => <input {...register('year', { valueAsNumber: true })} type="number" {...controlProps(ids)} />}</Field>
        <Field label="Deadline" error={errors.deadline} hint="The organiser's closing date for this nomination">
          {(ids) => <DateInput {...register('deadline')} {...controlProps(ids)} />}
        </Field>
        <Field label="Status" error={errors.status}>
          {(ids) => (
            <select {...register('status')} {...controlProps(ids)}>
              {AWARD_STATUSES.map((s) => <option key={s} value={s}>{AWARD_STATUS_LABELS[s]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Submitted on" error={errors.submittedOn} hint="Required once submitted">
          {(ids) => <DateInput {...register('submittedOn', { setValueAs: nullIfEmpty })} {...controlProps(ids)} />}
        </Field>
        <Field label="Notes" className="form-span" error={errors.notes}>{(ids) => <textarea {...register('notes')} rows={3} {...controlProps(ids)} />}</Field>
        <DraftNote statuses={[notesDraft.status]} onDiscard={() => void notesDraft.discard().then(() => reset())} />
        <ErrorMessage error={serverError} />
        <DialogActions onCancel={onClose} label={nomination ? 'Save changes' : 'Record nomination'} busy={isSubmitting} span />
      </form>
    </Dialog>
  );
}
