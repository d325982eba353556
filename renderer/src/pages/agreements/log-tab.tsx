import { zodResolver } from '../../components/form-resolver';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { logEntryChanges, type AgreementDetail, type LogEntry } from '../../../../shared/domains/agreements';
import { formatUkDate } from '../../../../shared/dates';
import { useCommand } from '../../api/hooks';
import { DateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { ErrorMessage } from '../../components/page';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { AgreementTabFrame } from './agreement-tab-frame';
import { controlProps, Field, formFieldOf, serverFieldError } from '../../components/field';

const schema = logEntryChanges;
type Values = ReturnType<typeof schema.parse>;

/** The entry's date and three texts, shared by "Add" and "Edit". */
function LogFields({ form }: { form: UseFormReturn<Values> }) {
  const { errors } = form.formState;
  return (
    <>
      <Field label="Date" error={errors.date}>
        {(ids) => <DateInput {...form.register('date')} {...controlProps(ids)} />}
      </Field>
      <Field label="What I did" error={errors.did} wide>
        {(ids) => <textarea rows={2} {...form.register('did')} {...controlProps(ids)} />}
      </Field>
      <Field label="What I learned" error={errors.learned} wide>
        {(ids) => <textarea rows={2} {...form.register('learned')} {...controlProps(ids)} />}
      </Field>
      <Field label="What next" error={errors.next} wide>
        {(ids) => <textarea rows={2} {...form.register('next')} {...controlProps(ids)} />}
      </Field>
    </>
  );
}

/** The three texts kept as drafts while they are typed (erased with the trainee); `id` is the entry's, or "new". */
function useLogDrafts(form: UseFormReturn<Values>, agreement: AgreementDetail, id: number | 'new', saved: Values) {
  const key = (field: string) => `agreementLog:${id === 'new' ? `new:${agreement.id}` : id}:${field}`;
  const drafts = [
    useFormFieldDraft(form, 'did', key('did'), saved.did, agreement.memberId),
    useFormFieldDraft(form, 'learned', key('learned'), saved.learned, agreement.memberId),
    useFormFieldDraft(form, 'next', key('next'), saved.next, agreement.memberId),
  ];
  return { statuses: drafts.map((d) => d.status), discard: () => Promise.all(drafts.map((d) => d.discard())) };
}

const showServerError = (form: UseFormReturn<Values>, error: unknown) => {
  const key = formFieldOf(error);
  if (key && key in schema.shape) form.setError(key as keyof Values, serverFieldError(error));
};

function EditLogEntry({ agreement, entry, onClose }: { agreement: AgreementDetail; entry: LogEntry; onClose: () => void }) {
  const update = useCommand('agreements:updateLogEntry');
  const saved: Values = { date: entry.date, did: entry.did, learned: entry.learned, next: entry.next };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: saved });
  const drafts = useLogDrafts(form, agreement, entry.id, saved);
  const submit = form.handleSubmit(async (changes) => {
    try {
      await update.mutateAsync({ id: entry.id, changes });
      await drafts.discard();
      onClose();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <Dialog title={`Edit the entry of ${formatUkDate(entry.date)}`} onClose={onClose} wide>
      <form className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <LogFields form={form} />
        <DraftNote statuses={drafts.statuses} onDiscard={() => void drafts.discard().then(() => form.reset(saved))} />
        <ErrorMessage error={update.error && !update.error.field ? update.error : null} />
        <DialogActions label="Save changes" busy={form.formState.isSubmitting} onCancel={onClose} span />
      </form>
    </Dialog>
  );
}

/** The trainee's learning log (what I did / learned / next), reviewed together in one-to-ones. */
export function LogTab({ agreement }: { agreement: AgreementDetail }) {
  const add = useCommand('agreements:addLogEntry');
  const review = useCommand('agreements:reviewLogEntry');
  const remove = useCommand('agreements:deleteLogEntry');
  const restore = useCommand('agreements:restoreLogEntry');
  const [editing, setEditing] = useState<LogEntry | null>(null);
  const empty: Values = { date: agreement.today, did: '', learned: '', next: '' };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty });
  const drafts = useLogDrafts(form, agreement, 'new', { ...empty, date: '' });
  const deleteWithUndo = useDeleteWithUndo(
    (id) => remove.mutateAsync({ id }).then(() => agreement.logEntries.find((e) => e.id === id)),
    (gone) => (gone ? restore.mutateAsync({ agreementId: agreement.id, ...gone }) : Promise.resolve()),
  );
  const submit = form.handleSubmit(async (v) => {
    try {
      await add.mutateAsync({ agreementId: agreement.id, ...v });
      form.reset(empty);
      await drafts.discard();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <AgreementTabFrame
      addId="log-add"
      addHeading="Add a learning log entry"
      form={
        <form className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
          <LogFields form={form} />
          <DraftNote statuses={drafts.statuses} onDiscard={() => void drafts.discard().then(() => form.reset(empty))} />
          <div className="form-span">
            <button type="submit" className="primary">
              Add entry
            </button>
          </div>
        </form>
      }
      listId="log-entries"
      listHeading="Entries"
      error={review.error}
      isEmpty={agreement.logEntries.length === 0}
      empty="No entries yet. A few lines a week is enough; bring them to your one-to-ones."
      extras={
        <>
          <UnsavedGuard when={form.formState.isDirty} what="The learning log entry you are writing" draftKept />
          {editing && <EditLogEntry agreement={agreement} entry={editing} onClose={() => setEditing(null)} />}
        </>
      }
    >
      <ul className="agreement-log">
        {agreement.logEntries.map((e) => {
          const which = `entry of ${formatUkDate(e.date)}`;
          return (
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
              <div className="row-actions">
                {e.reviewedOn ? (
                  <p className="muted">Reviewed together on {formatUkDate(e.reviewedOn)}</p>
                ) : (
                  <button type="button" onClick={() => void review.mutateAsync({ id: e.id }).catch(() => undefined)}>
                    Mark reviewed<span className="visually-hidden"> ({which})</span>
                  </button>
                )}
                <button type="button" aria-label={`Edit ${which}`} onClick={() => setEditing(e)}>
                  Edit
                </button>
                <button type="button" aria-label={`Delete ${which}`} onClick={() => void deleteWithUndo(e.id, `Learning log entry of ${formatUkDate(e.date)}`)}>
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </AgreementTabFrame>
  );
}
