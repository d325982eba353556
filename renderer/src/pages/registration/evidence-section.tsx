import { zodResolver } from '../../components/form-resolver';
import { useEffect, useRef, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { formatUkDate } from '../../../../shared/dates';
import { CRITERION_LABELS, criteriaFor, evidenceInput, type Evidence, type EvidenceInput, type Journey } from '../../../../shared/domains/registration';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { EmptyState, ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { Field } from '../../components/field';
import { DateInput } from '../../components/date-input';

const looksLikeUrl = (s: string) => /^https?:\/\//i.test(s);

/** Title, date, link and criteria: the fields of "Add evidence" and "Edit evidence". */
function EvidenceFields({ form, journey, autofocus }: { form: UseFormReturn<EvidenceInput>; journey: Journey; autofocus?: boolean }) {
  const { register, formState: { errors } } = form;
  return (
    <>
      <Field label="Evidence title" error={errors.title} wide>
        {(ids) => <input {...register('title')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} data-autofocus={autofocus || undefined} />}
      </Field>
      <Field label="Evidence date" error={errors.datedOn}>
        {(ids) => (
          <DateInput {...register('datedOn', { setValueAs: (v: unknown) => (v === '' || v == null ? null : v) })} id={ids.id} aria-describedby={ids.describedBy} />
        )}
      </Field>
      <Field label="Link or file path" error={errors.location} className="form-span">
        {(ids) => <input {...register('location')} id={ids.id} aria-describedby={ids.describedBy} />}
      </Field>
      <fieldset className="form-span">
        <legend>Criteria it supports</legend>
        {criteriaFor(journey.level).map((c) => (
          <label key={c} className="checkbox">
            <input type="checkbox" value={c} {...register('criteria')} /> {CRITERION_LABELS[c]}
          </label>
        ))}
      </fieldset>
    </>
  );
}

function EditEvidence({ journey, item, onClose }: { journey: Journey; item: Evidence; onClose: () => void }) {
  const update = useCommand('registration:updateEvidence');
  const toast = useToast();
  const form = useForm<EvidenceInput>({
    resolver: zodResolver(evidenceInput),
    defaultValues: { journeyId: journey.id, title: item.title, datedOn: item.datedOn, location: item.location, criteria: item.criteria },
  });
  const submit = form.handleSubmit(async ({ journeyId: _j, ...changes }) => {
    await update.mutateAsync({ id: item.id, changes });
    toast.show(`Saved “${changes.title}”.`);
    onClose();
  });
  return (
    <Dialog title="Edit evidence" onClose={onClose} wide>
      <form className="form-grid" noValidate onSubmit={(e) => void submit(e).catch(() => undefined)}>
        <EvidenceFields form={form} journey={journey} />
        <ErrorMessage error={update.error} />
        <DialogActions label="Save changes" busy={form.formState.isSubmitting} onCancel={onClose} span />
      </form>
    </Dialog>
  );
}

/** Evidence items mapped to CILIP's three criteria, with coverage per criterion and a soft hint on volume. */
export function EvidenceSection({ journey }: { journey: Journey }) {
  const add = useCommand('registration:addEvidence');
  const remove = useCommand('registration:removeEvidence');
  const restore = useCommand('registration:restoreEvidence');
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Evidence | null>(null);
  const empty: EvidenceInput = { journeyId: journey.id, title: '', datedOn: null, location: '', criteria: [] };
  const form = useForm<EvidenceInput>({ resolver: zodResolver(evidenceInput), defaultValues: empty });
  // Keyboard use: opening the form puts the cursor in its title; closing it (Cancel or Save) hands focus back to
  // "Add evidence", which the form replaced, so focus is never left on the page body.
  const addButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);
  useEffect(() => {
    if (adding) form.setFocus('title');
    else if (wasAdding.current) addButton.current?.focus();
    wasAdding.current = adding;
  }, [adding, form]);
  const coverage = criteriaFor(journey.level).map((c) => ({ c, n: journey.evidence.filter((e) => e.criteria.includes(c)).length }));

  // Undo puts the item back as it was: the day it was added, its date, link and criteria.
  const removeItem = async (item: Evidence) => {
    await remove.mutateAsync({ id: item.id });
    toast.show(`Removed “${item.title}”.`, {
      label: 'Undo',
      run: () => void restore.mutateAsync(item).then(() => toast.show(`Put back “${item.title}”.`), () => undefined),
    });
  };

  return (
    <section className="card" aria-labelledby="reg-evidence">
      <h2 id="reg-evidence">Portfolio evidence</h2>
      {journey.evidenceHint && (
        <p className="info-banner" role="note">
          {journey.evidenceHint}
        </p>
      )}
      <ul className="registration-coverage" aria-label="Criteria covered">
        {coverage.map(({ c, n }) => (
          <li key={c}>
            {CRITERION_LABELS[c]}: {n === 0 ? 'no evidence yet' : `${n} ${n === 1 ? 'item' : 'items'}`}
          </li>
        ))}
      </ul>
      <ErrorMessage error={remove.error ?? restore.error} />
      {journey.evidence.length === 0 ? (
        <EmptyState title="No evidence items yet">
          <p>Add each piece of evidence with the criteria it supports; a portfolio usually has a dozen or so.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Evidence items</caption>
            <thead>
              <tr>
                <th scope="col">Evidence</th>
                <th scope="col">Dated</th>
                <th scope="col">Link or file</th>
                <th scope="col">Criteria</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {journey.evidence.map((e) => (
                <tr key={e.id}>
                  <td>{e.title}</td>
                  <td>{formatUkDate(e.datedOn) || '—'}</td>
                  <td>{e.location ? looksLikeUrl(e.location) ? <a href={e.location} target="_blank" rel="noreferrer">{e.location}</a> : <code>{e.location}</code> : '—'}</td>
                  <td>{e.criteria.map((c) => CRITERION_LABELS[c]).join(', ') || '—'}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" onClick={() => setEditing(e)} aria-label={`Edit ${e.title}`}>
                        Edit
                      </button>
                      <button type="button" onClick={() => void removeItem(e).catch(() => undefined)} aria-label={`Remove ${e.title}`}>
                        Remove
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && <EditEvidence journey={journey} item={editing} onClose={() => setEditing(null)} />}
      {adding ? (
        <form
          className="form-grid"
          noValidate
          aria-label="Add evidence"
          onSubmit={form.handleSubmit(async (values) => {
            await add.mutateAsync(values);
            form.reset(empty);
            setAdding(false);
            toast.show(`Added “${values.title}”.`);
          })}
        >
          <EvidenceFields form={form} journey={journey} autofocus />
          <ErrorMessage error={add.error} />
          <DialogActions label="Save evidence" busy={form.formState.isSubmitting} onCancel={() => setAdding(false)} span />
        </form>
      ) : (
        <button type="button" ref={addButton} onClick={() => setAdding(true)}>
          Add evidence
        </button>
      )}
    </section>
  );
}
