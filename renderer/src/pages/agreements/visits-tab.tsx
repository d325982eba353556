import { zodResolver } from '../../components/form-resolver';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { visitChanges, type AgreementDetail, type Visit } from '../../../../shared/domains/agreements';
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

const schema = visitChanges;
type Values = ReturnType<typeof schema.parse>;

/** A visit's date, visitor, purpose and notes, shared by "Record" and "Edit". */
function VisitFields({ form }: { form: UseFormReturn<Values> }) {
  const { errors } = form.formState;
  return (
    <>
      <Field label="Visit date" error={errors.date}>
        {(ids) => <DateInput {...form.register('date')} {...controlProps(ids)} />}
      </Field>
      <Field label="Visitor" error={errors.contact} hint="Who visited, e.g. tutor or training provider">
        {(ids) => <input {...form.register('contact')} {...controlProps(ids)} />}
      </Field>
      <Field label="Purpose" error={errors.purpose}>
        {(ids) => <input {...form.register('purpose')} {...controlProps(ids)} />}
      </Field>
      <Field label="Visit notes" error={errors.notes} wide>
        {(ids) => <textarea rows={2} {...form.register('notes')} {...controlProps(ids)} />}
      </Field>
    </>
  );
}

const showServerError = (form: UseFormReturn<Values>, error: unknown) => {
  const key = formFieldOf(error);
  if (key && key in schema.shape) form.setError(key as keyof Values, serverFieldError(error));
};

function EditVisit({ agreement, visit, onClose }: { agreement: AgreementDetail; visit: Visit; onClose: () => void }) {
  const update = useCommand('agreements:updateVisit');
  const saved: Values = { date: visit.date, contact: visit.contact, purpose: visit.purpose, notes: visit.notes };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: saved });
  const notesDraft = useFormFieldDraft(form, 'notes', `agreementVisit:${visit.id}:notes`, visit.notes, agreement.memberId);
  const submit = form.handleSubmit(async (changes) => {
    try {
      await update.mutateAsync({ id: visit.id, changes });
      await notesDraft.discard();
      onClose();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <Dialog title={`Edit the visit of ${formatUkDate(visit.date)}`} onClose={onClose} wide>
      <form className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <VisitFields form={form} />
        <DraftNote statuses={[notesDraft.status]} onDiscard={() => void notesDraft.discard().then(() => form.reset(saved))} />
        <ErrorMessage error={update.error && !update.error.field ? update.error : null} />
        <DialogActions label="Save changes" busy={form.formState.isSubmitting} onCancel={onClose} span />
      </form>
    </Dialog>
  );
}

/** Visits from tutors, co-ordinators, providers and assessors: date, purpose and notes. */
export function VisitsTab({ agreement }: { agreement: AgreementDetail }) {
  const add = useCommand('agreements:addVisit');
  const remove = useCommand('agreements:deleteVisit');
  const restore = useCommand('agreements:restoreVisit');
  const [editing, setEditing] = useState<Visit | null>(null);
  const empty: Values = { date: agreement.today, contact: '', purpose: '', notes: '' };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty });
  const notesDraft = useFormFieldDraft(form, 'notes', `agreementVisit:new:${agreement.id}:notes`, '', agreement.memberId);
  const deleteWithUndo = useDeleteWithUndo(
    (id) => remove.mutateAsync({ id }).then(() => agreement.visits.find((v) => v.id === id)),
    (gone) => (gone ? restore.mutateAsync({ agreementId: agreement.id, ...gone }) : Promise.resolve()),
  );
  const submit = form.handleSubmit(async (v) => {
    try {
      await add.mutateAsync({ agreementId: agreement.id, ...v });
      form.reset(empty);
      await notesDraft.discard();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <AgreementTabFrame
      addId="visit-add"
      addHeading="Record a visit"
      form={
        <form className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
          <VisitFields form={form} />
          <DraftNote statuses={[notesDraft.status]} onDiscard={() => void notesDraft.discard().then(() => form.reset(empty))} />
          <div className="form-span">
            <button type="submit" className="primary">
              Record visit
            </button>
          </div>
        </form>
      }
      listId="visit-list"
      listHeading="Visits"
      isEmpty={agreement.visits.length === 0}
      empty="No visits recorded. Planned visits are listed with each contact on the agreement."
      extras={
        <>
          <UnsavedGuard when={form.formState.isDirty} what="The visit you are recording" draftKept />
          {editing && <EditVisit agreement={agreement} visit={editing} onClose={() => setEditing(null)} />}
        </>
      }
    >
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Visits</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Visitor</th>
              <th scope="col">Purpose</th>
              <th scope="col">Notes</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agreement.visits.map((v) => {
              const which = `visit of ${formatUkDate(v.date)} by ${v.contact}`;
              return (
                <tr key={v.id}>
                  <td>{formatUkDate(v.date)}</td>
                  <td className="agreement-text">{v.contact}</td>
                  <td className="agreement-text">{v.purpose}</td>
                  <td className="agreement-text">{v.notes}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" aria-label={`Edit ${which}`} onClick={() => setEditing(v)}>
                        Edit
                      </button>
                      <button type="button" aria-label={`Delete ${which}`} onClick={() => void deleteWithUndo(v.id, `Visit of ${formatUkDate(v.date)}`)}>
                        Delete
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </AgreementTabFrame>
  );
}
