import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { formatUkDate } from '../../../../shared/dates';
import { ASSESSMENT_KINDS, ASSESSMENT_KIND_LABELS, assessmentInput, type AssessmentSummary } from '../../../../shared/domains/skills';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { Field } from './field';

type Values = z.input<typeof assessmentInput>;

export function AssessmentsCard({ memberId, memberName, assessments }: { memberId: number; memberName: string; assessments: AssessmentSummary[] }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="assessments-heading">
      <h2 id="assessments-heading">Assessments</h2>
      {assessments.length === 0 ? (
        <p className="empty-state">No assessments yet. Start an initial assessment to record where {memberName} is now and where they want to be.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Assessments of {memberName}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">Framework</th>
              <th scope="col">Progress</th>
              <th scope="col">Open</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <td>{formatUkDate(a.assessedOn)}</td>
                <td>{ASSESSMENT_KIND_LABELS[a.kind]}</td>
                <td>
                  {a.frameworkName} ({a.frameworkVersion})
                </td>
                <td>{a.shared ? `${a.rated} of ${a.total} rated` : 'Not shared with you'}</td>
                <td>
                  <Link to={`/skills/assessments/${a.id}`}>
                    {a.shared ? 'Open' : 'Details'}
                    <span className="visually-hidden">
                      {' '}
                      {ASSESSMENT_KIND_LABELS[a.kind]} assessment of {formatUkDate(a.assessedOn)}
                    </span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <NewAssessmentForm memberId={memberId} hasInitial={assessments.some((a) => a.kind === 'initial')} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          New assessment
        </button>
      )}
    </section>
  );
}

function NewAssessmentForm({ memberId, hasInitial, onCancel }: { memberId: number; hasInitial: boolean; onCancel: () => void }) {
  const frameworks = useChannel('skills:listFrameworks', {});
  const status = useChannel('system:status', {});
  const create = useCommand('skills:createAssessment');
  const navigate = useNavigate();
  const defaultFramework = frameworks.data?.find((f) => f.isDefault)?.id ?? frameworks.data?.[0]?.id ?? 0;
  const { register, handleSubmit, formState: { errors } } = useForm<Values>({
    resolver: zodResolver(assessmentInput),
    values: { memberId, frameworkId: defaultFramework, kind: hasInitial ? 'reassessment' : 'initial', assessedOn: status.data?.today ?? '', shared: true },
  });
  const submit = handleSubmit(async (v) => {
    const created = await create.mutateAsync(v).catch(() => null);
    if (created) navigate(`/skills/assessments/${created.id}`);
  });
  return (
    <form onSubmit={submit} noValidate className="form-grid" aria-label="New assessment">
      <Field label="Framework" error={errors.frameworkId}>
        {(ids) => (
          <select {...register('frameworkId', { valueAsNumber: true })} id={ids.id} aria-describedby={ids.describedBy}>
            {frameworks.data?.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name} ({f.version})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Kind" error={errors.kind}>
        {(ids) => (
          <select {...register('kind')} id={ids.id} aria-describedby={ids.describedBy}>
            {ASSESSMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {ASSESSMENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Date" error={errors.assessedOn}>
        {(ids) => <input type="date" {...register('assessedOn')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register('shared')} />
        Shared with me (the manager)
      </label>
      <ErrorMessage error={create.error} />
      <div className="dialog-actions form-span">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Start assessment
        </button>
      </div>
    </form>
  );
}
