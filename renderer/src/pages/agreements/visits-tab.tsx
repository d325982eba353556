import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { visitInput, type AgreementDetail } from '../../../../shared/domains/agreements';
import { formatUkDate } from '../../../../shared/dates';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { controlProps, Field } from './field';
import { DateInput } from '../../components/date-input';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';

const schema = visitInput.omit({ agreementId: true });
type Values = ReturnType<typeof schema.parse>;

/** Visits from tutors, co-ordinators, providers and assessors: date, purpose and notes. */
export function VisitsTab({ agreement }: { agreement: AgreementDetail }) {
  const add = useCommand('agreements:addVisit');
  const empty = { date: agreement.today, contact: '', purpose: '', notes: '' };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty });
  const { errors } = form.formState;
  const notesDraft = useFormFieldDraft(form, 'notes', `agreementVisit:new:${agreement.id}:notes`, '', agreement.memberId);
  const submit = form.handleSubmit(async (v) => {
    try {
      await add.mutateAsync({ agreementId: agreement.id, ...v });
      form.reset(empty);
      await notesDraft.discard();
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in v) form.setError(error.field as keyof Values, { message: error.message });
    }
  });
  return (
    <>
      <UnsavedGuard when={form.formState.isDirty} what="The visit you are recording" draftKept />
      <section className="card" aria-labelledby="visit-add">
        <h2 id="visit-add">Record a visit</h2>
        <form className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
          <Field label="Visit date" error={errors.date?.message}>
            {(ids) => <DateInput {...form.register('date')} {...controlProps(ids)} />}
          </Field>
          <Field label="Visitor" error={errors.contact?.message} hint="Who visited, e.g. tutor or training provider">
            {(ids) => <input {...form.register('contact')} {...controlProps(ids)} />}
          </Field>
          <Field label="Purpose" error={errors.purpose?.message}>
            {(ids) => <input {...form.register('purpose')} {...controlProps(ids)} />}
          </Field>
          <Field label="Visit notes" error={errors.notes?.message} wide>
            {(ids) => <textarea rows={2} {...form.register('notes')} {...controlProps(ids)} />}
          </Field>
          <DraftNote statuses={[notesDraft.status]} onDiscard={() => void notesDraft.discard().then(() => form.reset(empty))} />
          <div className="form-span">
            <button type="submit" className="primary">
              Record visit
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="visit-list">
        <h2 id="visit-list">Visits</h2>
        {agreement.visits.length === 0 ? (
          <p>No visits recorded. Planned visits are listed with each contact on the agreement.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Visits</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Visitor</th>
                  <th scope="col">Purpose</th>
                  <th scope="col">Notes</th>
                </tr>
              </thead>
              <tbody>
                {agreement.visits.map((v) => (
                  <tr key={v.id}>
                    <td>{formatUkDate(v.date)}</td>
                    <td>{v.contact}</td>
                    <td>{v.purpose}</td>
                    <td>{v.notes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
