import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatUkDate } from '../../../../shared/dates';
import { CRITERION_LABELS, criteriaFor, evidenceInput, type EvidenceInput, type Journey } from '../../../../shared/domains/registration';
import { useCommand } from '../../api/hooks';
import { EmptyState, ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { Field } from '../../components/field';
import { DateInput } from '../../components/date-input';
import { DialogActions } from '../../components/dialog-actions';

const looksLikeUrl = (s: string) => /^https?:\/\//i.test(s);

/** Evidence items mapped to CILIP's three criteria, with coverage per criterion and a soft hint on volume. */
export function EvidenceSection({ journey }: { journey: Journey }) {
  const add = useCommand('registration:addEvidence');
  const remove = useCommand('registration:removeEvidence');
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const empty: EvidenceInput = { journeyId: journey.id, title: '', datedOn: null, location: '', criteria: [] };
  const { register, handleSubmit, reset, formState: { errors, isSubmitting } } = useForm<EvidenceInput>({
    resolver: zodResolver(evidenceInput),
    defaultValues: empty,
  });
  const criteria = criteriaFor(journey.level);
  const coverage = criteria.map((c) => ({ c, n: journey.evidence.filter((e) => e.criteria.includes(c)).length }));

  const removeItem = async (id: number, title: string) => {
    const item = journey.evidence.find((e) => e.id === id);
    await remove.mutateAsync({ id });
    toast.show(`Removed “${title}”.`, item && {
      label: 'Undo',
      run: () => void add.mutateAsync({ journeyId: journey.id, title: item.title, datedOn: item.datedOn, location: item.location, criteria: item.criteria }),
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
                    <button type="button" onClick={() => void removeItem(e.id, e.title)} aria-label={`Remove ${e.title}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding ? (
        <form
          className="form-grid"
          noValidate
          aria-label="Add evidence"
          onSubmit={handleSubmit(async (values) => {
            await add.mutateAsync(values);
            reset(empty);
            setAdding(false);
            toast.show(`Added “${values.title}”.`);
          })}
        >
          <Field label="Evidence title" error={errors.title}>
            {(ids) => <input {...register('title')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} data-autofocus />}
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
            {criteria.map((c) => (
              <label key={c} className="checkbox">
                <input type="checkbox" value={c} {...register('criteria')} /> {CRITERION_LABELS[c]}
              </label>
            ))}
          </fieldset>
          <ErrorMessage error={add.error} />
          <DialogActions onCancel={() => setAdding(false)} label="Save evidence" busy={isSubmitting} span />
        </form>
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add evidence
        </button>
      )}
    </section>
  );
}
