import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  awardInput,
  awardNominationInput,
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
import { controlProps, Field, idOrNull } from './field';

/** Shows a server error on its field when the form has that field, otherwise above the buttons. */
function useServerErrors<T extends object>(fields: T) {
  return (error: ApiError | null) => (error && !(error.field && error.field in fields) ? error : null);
}

export function AwardForm({ award, onClose }: { award?: Award; onClose: () => void }) {
  const create = useCommand('recognition:createAward');
  const update = useCommand('recognition:updateAward');
  const mutation = award ? update : create;
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<AwardInput>({
    resolver: zodResolver(awardInput),
    defaultValues: award ? { name: award.name, organiser: award.organiser, category: award.category, eligibility: award.eligibility, url: award.url, windowOpens: award.windowOpens, windowCloses: award.windowCloses } : emptyAwardInput,
    mode: 'onTouched',
  });
  const submit = handleSubmit(async (values) => {
    try {
      if (award) await update.mutateAsync({ id: award.id, changes: values });
      else await create.mutateAsync(values);
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in emptyAwardInput) setError(error.field as keyof AwardInput, { message: error.message });
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
        <Field label="Eligibility notes" className="form-span" error={errors.eligibility}>
          {(ids) => <textarea {...register('eligibility')} rows={3} {...controlProps(ids)} />}
        </Field>
        <ErrorMessage error={serverError} />
        <div className="dialog-actions form-span">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={isSubmitting}>{award ? 'Save changes' : 'Add award'}</button>
        </div>
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

export function AwardNominationForm({ awards, members, nomination, today, onClose }: NominationFormProps) {
  const create = useCommand('recognition:createAwardNomination');
  const update = useCommand('recognition:updateAwardNomination');
  const mutation = nomination ? update : create;
  const empty: AwardNominationInput = { awardId: awards[0]?.id ?? 0, memberId: null, year: Number(today.slice(0, 4)), deadline: today, status: 'planned', submittedOn: null, notes: '' };
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<AwardNominationInput>({
    resolver: zodResolver(awardNominationInput),
    defaultValues: nomination
      ? { awardId: nomination.awardId, memberId: nomination.memberId, year: nomination.year, deadline: nomination.deadline, status: nomination.status, submittedOn: nomination.submittedOn, notes: nomination.notes }
      : empty,
    mode: 'onTouched',
  });
  const submit = handleSubmit(async (values) => {
    try {
      if (nomination) await update.mutateAsync({ id: nomination.id, changes: values });
      else await create.mutateAsync(values);
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in empty) setError(error.field as keyof AwardNominationInput, { message: error.message });
    }
  });
  const serverError = useServerErrors(empty)(mutation.error);
  const nullIfEmpty = (v: unknown) => (v === '' || v === null ? null : v);
  return (
    <Dialog title={nomination ? `Edit nomination for ${nomination.awardName}` : 'Record an external nomination'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label="Award" error={errors.awardId}>
          {(ids) => (
            <select {...register('awardId', { setValueAs: Number })} {...controlProps(ids)}>
              {awards.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          )}
        </Field>
        <Field label="Nominee" error={errors.memberId}>
          {(ids) => (
            <select {...register('memberId', { setValueAs: idOrNull })} {...controlProps(ids)}>
              <option value="">The team or service</option>
              {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          )}
        </Field>
        <Field label="Award year" error={errors.year}>{(ids) => <input {...register('year', { valueAsNumber: true })} type="number" {...controlProps(ids)} />}</Field>
        <Field label="Deadline" error={errors.deadline}>{(ids) => <input {...register('deadline')} type="date" {...controlProps(ids)} />}</Field>
        <Field label="Status" error={errors.status}>
          {(ids) => (
            <select {...register('status')} {...controlProps(ids)}>
              {AWARD_STATUSES.map((s) => <option key={s} value={s}>{AWARD_STATUS_LABELS[s]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Submitted on" error={errors.submittedOn} hint="Required once submitted">
          {(ids) => <input {...register('submittedOn', { setValueAs: nullIfEmpty })} type="date" {...controlProps(ids)} />}
        </Field>
        <Field label="Notes" className="form-span" error={errors.notes}>{(ids) => <textarea {...register('notes')} rows={3} {...controlProps(ids)} />}</Field>
        <ErrorMessage error={serverError} />
        <div className="dialog-actions form-span">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={isSubmitting}>{nomination ? 'Save changes' : 'Record nomination'}</button>
        </div>
      </form>
    </Dialog>
  );
}
