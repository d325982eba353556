import { useState } from 'react';
import { Link } from 'react-router-dom';
import { DEFAULT_SPOF_LEVEL } from '../../../../shared/domains/skills-dashboard';
import { useChannel, useCommand } from '../../api/hooks';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage, Loading } from '../../components/page';
import { useToast } from '../../components/toasts';
import { RuleForm } from './rule-form';

/** Coverage rules (broken ones first) and single points of failure for one framework. */
export function CoverageSection({ frameworkId }: { frameworkId: number }) {
  const [level, setLevel] = useState(DEFAULT_SPOF_LEVEL);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<{ id: number; description: string } | null>(null);
  const report = useChannel('skills:coverage', { frameworkId, level });
  const scale = useChannel('skills:getScale', {});
  const remove = useCommand('skills:deleteRule');
  const toast = useToast();
  const rules = [...(report.data?.rules ?? [])].sort((a, b) => Number(b.broken) - Number(a.broken));

  return (
    <section className="card" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage</h2>
      <ErrorMessage error={report.error ?? remove.error} />
      {report.isPending && <Loading label="Checking coverage…" />}
      <h3>Coverage rules</h3>
      {rules.length === 0 ? (
        <p className="empty-state">
          No coverage rules yet. A rule says, for example, “at least 2 people at level 3 or above in Information governance at each service point”.
        </p>
      ) : (
        <ul className="coverage-list" aria-live="polite">
          {rules.map(({ rule, checks, broken }) => (
            <li key={rule.id} className={broken ? 'coverage-broken' : 'coverage-met'}>
              <p>
                <strong>{broken ? 'Broken:' : 'Met:'}</strong> {rule.description}
              </p>
              <ul>
                {checks.map((c) => (
                  <li key={c.servicePoint}>
                    {c.servicePoint}: {c.count} of {c.needed} needed {c.met ? '(met)' : '(short)'}
                    {c.people.length > 0 && <span className="muted"> · {c.people.join(', ')}</span>}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                onClick={() => setDeleting(rule)}
              >
                Delete rule<span className="visually-hidden">: {rule.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <RuleForm frameworkId={frameworkId} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add coverage rule
        </button>
      )}
      <h3>Single points of failure</h3>
      <label className="toolbar-field">
        Level counted as able
        <select value={level} onChange={(e) => setLevel(Number(e.target.value))}>
          {(scale.data?.levels ?? []).map((l) => (
            <option key={l.level} value={l.level}>
              {l.level} {l.label} or above
            </option>
          ))}
        </select>
      </label>
      {report.data && report.data.singlePoints.length === 0 ? (
        <p>No skill rests on one person at this level.</p>
      ) : (
        <ul>
          {report.data?.singlePoints.map((p) => (
            <li key={p.skillId}>
              {p.code} {p.title} <span className="muted">({p.sectionName})</span>: only{' '}
              <Link to={`/skills/members/${p.memberId}`}>{p.person}</Link>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this coverage rule?"
          description={`“${deleting.description}” will no longer be checked.`}
          confirmLabel="Delete rule"
          tone="danger"
          busy={remove.isPending}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(
              { id: deleting.id },
              {
                onSuccess: () => toast.show('Coverage rule deleted.'),
                onSettled: () => setDeleting(null),
              },
            )
          }
        />
      )}
    </section>
  );
}
