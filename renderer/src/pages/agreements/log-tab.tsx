import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { logEntryInput, type AgreementDetail } from '../../../../shared/domains/agreements';
import { formatUkDate } from '../../../../shared/dates';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { controlProps, Field } from './field';
import { DateInput } from '../../components/date-input';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';

const schema = logEntryInput.omit({ agreementId: true });
type Values = ReturnType<typeof schema.parse>;

/** The trainee's learning log (what I did / learned / next), reviewed together in one-to-ones. */
export function LogTab({ agreement }: { agreement: AgreementDetail }) {
  const add = useCommand('agreements:addLogEntry');
  const review = useCommand('agreements:reviewLogEntry');
  const empty = { date: agreement.today, did: '', learned: '', next: '' };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty });
  const { errors } = form.formState;
  // A new entry's three texts are kept as drafts while they are typed (erased with the trainee).
  const draftKey = (field: string) => `agreementLog:new:${agreement.id}:${field}`;
  const drafts = [
    useFormFieldDraft(form, 'did', draftKey('did'), '', agreement.memberId),
    useFormFieldDraft(form, 'learned', draftKey('learned'), '', agreement.memberId),
    useFormFieldDraft(form, 'next', draftKey('next'), '', agreement.memberId),
  ];
  const discardDrafts = () => Promise.all(drafts.map((d) => d.discard()));
  const submit = form.handleSubmit(async (v) => {
    try {
      await add.mutateAsync({ agreementId: agreement.id, ...v });
      form.reset(empty);
      await discardDrafts();
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in v) form.setError(error.field as keyof Values, { message: error.message });
    }
  });
  return (
    <>
      <UnsavedGuard when={form.formState.isDirty} what="The learning log entry you are writing" draftKept />
      <section className="card" aria-labelledby="log-add">
        <h2 id="log-add">Add a learning log entry</h2>
        <form className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
          <Field label="Date" error={errors.date?.message}>
            {(ids) => <DateInput {...form.register('date')} {...controlProps(ids)} />}
          </Field>
          <Field label="What I did" error={errors.did?.message} wide>
            {(ids) => <textarea rows={2} {...form.register('did')} {...controlProps(ids)} />}
          </Field>
          <Field label="What I learned" error={errors.learned?.message} wide>
            {(ids) => <textarea rows={2} {...form.register('learned')} {...controlProps(ids)} />}
          </Field>
          <Field label="What next" error={errors.next?.message} wide>
            {(ids) => <textarea rows={2} {...form.register('next')} {...controlProps(ids)} />}
          </Field>
          <DraftNote statuses={drafts.map((d) => d.status)} onDiscard={() => void discardDrafts().then(() => form.reset(empty))} />
          <div className="form-span">
            <button type="submit" className="primary">
              Add entry
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="log-entries">
        <h2 id="log-entries">Entries</h2>
        <ErrorMessage error={review.error} />
        {agreement.logEntries.length === 0 ? (
          <p>No entries yet. A few lines a week is enough; bring them to your one-to-ones.</p>
        ) : (
          <ul className="agreement-log">
            {agreement.logEntries.map((e) => (
              <li key={e.id}>
                <h3>{formatUkDate(e.date)}</h3>
                <dl className="facts">
                  <div>
                    <dt>What I did</dt>
                    <dd>{e.did}</dd>
                  </div>
                  <div>
                    <dt>What I learned</dt>
                    <dd>{e.learned || '—'}</dd>
                  </div>
                  <div>
                    <dt>What next</dt>
                    <dd>{e.next || '—'}</dd>
                  </div>
                </dl>
                {e.reviewedOn ? (
                  <p className="muted">Reviewed together on {formatUkDate(e.reviewedOn)}</p>
                ) : (
                  <button type="button" onClick={() => void review.mutateAsync({ id: e.id }).catch(() => undefined)}>
                    Mark reviewed<span className="visually-hidden"> (entry of {formatUkDate(e.date)})</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
