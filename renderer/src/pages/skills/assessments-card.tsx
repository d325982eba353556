import { zodResolver } from '../../components/form-resolver';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { formatUkDate } from '../../../../shared/dates';
import { ASSESSMENT_KINDS, ASSESSMENT_KIND_LABELS, assessmentInput, type AssessmentSummary } from '../../../../shared/domains/skills';
import { useChannel, useCommand } from '../../api/hooks';
import { useToday } from '../../api/use-today';
import { ErrorMessage, Loading } from '../../components/page';
import { Field } from '../../components/field';
import { DateInput } from '../../components/date-input';
import { DialogActions } from '../../components/dialog-actions';

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
        <NewAssessmentForm memberId={memberId} assessments={assessments} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          New assessment
        </button>
      )}
    </section>
  );
}

function NewAssessmentForm({ memberId, assessments, onCancel }: { memberId: number; assessments: AssessmentSummary[]; onCancel: () => void }) {
  const frameworks = useChannel('skills:listFrameworks', {});
  const today = useToday();
  const create = useCommand('skills:createAssessment');
  const navigate = useNavigate();
  const hasInitial = assessments.some((a) => a.kind === 'initial');
  const defaultFramework = frameworks.data?.find((f) => f.isDefault)?.id ?? frameworks.data?.[0]?.id ?? 0;
  const { register, handleSubmit, watch, formState: { errors } } = useForm<Values>({
    resolver: zodResolver(assessmentInput),
    values: { memberId, frameworkId: defaultFramework, kind: hasInitial ? 'reassessment' : 'initial', assessedOn: today, shared: true, carryOverFrom: null },
  });
  const [carry, setCarry] = useState(true);
  // The latest shared assessment on the chosen framework version is the one people re-rate from (the list is newest first).
  const previous = assessments.find((a) => a.shared && a.frameworkId === Number(watch('frameworkId')));
  const submit = handleSubmit(async (v) => {
    const created = await create.mutateAsync({ ...v, carryOverFrom: carry && previous ? previous.id : null }).catch(() => null);
    if (created) navigate(`/skills/assessments/${created.id}`);
  });
  if (frameworks.isPending) return <Loading label="Loading frameworks…" />;
  if (frameworks.data?.length === 0) {
    return (
      <div className="info-banner" role="note">
        <p>
          There is no skills framework to assess against yet. Import the skills from your licensed copy of the PKSB (CSV or JSON), or
          type a framework in; then start the assessment here.
        </p>
        <p>
          <Link to="/skills/frameworks?import=1">Import a framework</Link>
          {' · '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </p>
      </div>
    );
  }
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
        {(ids) => <DateInput {...register('assessedOn')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register('shared')} />
        Shared with me (the manager)
      </label>
      {previous && (
        <label className="checkbox form-span">
          <input type="checkbox" checked={carry} onChange={(e) => setCarry(e.target.checked)} />
          Start from the ratings of {formatUkDate(previous.assessedOn)} ({ASSESSMENT_KIND_LABELS[previous.kind].toLowerCase()}): each is marked
          “carried over” until it is rated again
        </label>
      )}
      <ErrorMessage error={create.error} />
      <DialogActions onCancel={onCancel} label="Start assessment" span />
    </form>
  );
}
