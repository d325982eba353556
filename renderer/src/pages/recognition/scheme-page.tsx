import { useState } from 'react';
import { FactList } from '../../components/fact-list';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CADENCE_LABELS, DECIDER_LABELS, TIE_BREAK_LABELS } from '../../../../shared/domains/recognition';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel, useCommand } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { SchemeForm } from './scheme-form';
import { StatusBadge } from './status-badge';

/** /recognition/schemes/:id — the scheme's rules and its cycles. */
export default function SchemePage() {
  const id = Number(useParams().id);
  const detail = useChannel('recognition:getScheme', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const open = useCommand('recognition:openCycle');
  const archive = useCommand('recognition:archiveScheme');
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();

  if (detail.isPending) return <Loading label="Loading scheme…" />;
  if (!detail.data) {
    return (
      <Page title="Scheme not found">
        <ErrorMessage error={detail.error ?? 'No such scheme.'} />
        <Link to="/recognition">Back to recognition</Link>
      </Page>
    );
  }
  const { scheme, cycles } = detail.data;
  const openCycle = async () => {
    try {
      const c = await open.mutateAsync({ schemeId: scheme.id });
      toast.show(`${c.label} is open for nominations.`);
      navigate(`/recognition/cycles/${c.id}`);
    } catch {
      // shown below
    }
  };
  const toggleArchive = async (archived: boolean) => {
    await archive.mutateAsync({ id: scheme.id, archived });
    toast.show(archived ? `${scheme.name} archived.` : `${scheme.name} restored.`, archived ? { label: 'Undo', run: () => void archive.mutate({ id: scheme.id, archived: false }) } : undefined);
  };
  const facts: [string, string][] = [
    ['Cadence', CADENCE_LABELS[scheme.cadence]],
    ['Categories', scheme.categories.join(', ')],
    ['Linked values', scheme.values.join(', ') || '—'],
    ['Reward', scheme.reward || '—'],
    ['Who decides', DECIDER_LABELS[scheme.decidedBy]],
    ['Tie-break rule', TIE_BREAK_LABELS[scheme.tieBreak]],
    ['Cooldown', scheme.cooldownCycles === 0 ? 'None' : `Winners sit out ${scheme.cooldownCycles} cycle${scheme.cooldownCycles === 1 ? '' : 's'}`],
    ['Self-nomination', scheme.allowSelfNomination ? 'Allowed' : 'Not allowed'],
    ['Anonymous nominations', scheme.anonymous ? 'Yes: nominators are hidden (kept only to apply the rules)' : 'No'],
    ['Minimum reason length', `${scheme.minReasonLength} characters`],
  ];
  return (
    <Page
      title={scheme.name}
      actions={
        <>
          <button type="button" onClick={() => setEditing(true)}>Edit scheme</button>
          {scheme.archivedOn ? (
            <button type="button" onClick={() => void toggleArchive(false)}>Restore scheme</button>
          ) : (
            <>
              <button type="button" onClick={() => void toggleArchive(true)}>Archive scheme</button>
              <button type="button" className="primary" onClick={() => void openCycle()} disabled={open.isPending}>Open next cycle</button>
            </>
          )}
        </>
      }
    >
      <p><Link to="/recognition">← Recognition</Link></p>
      {scheme.archivedOn && <p className="info-banner">Archived on {formatUkDate(scheme.archivedOn)}. Its history is kept.</p>}
      <ErrorMessage error={open.error ?? archive.error} />
      <section className="card" aria-labelledby="rules-heading">
        <h2 id="rules-heading">Rules</h2>
        <FactList facts={facts} />
      </section>
      <section aria-labelledby="cycles-heading">
        <h2 id="cycles-heading">Cycles</h2>
        {cycles.length === 0 ? (
          <EmptyState title="No cycles yet">
            <p>Open the first cycle to start taking nominations for this period.</p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-label="Cycles">
              <thead>
                <tr>
                  <th scope="col">Cycle</th>
                  <th scope="col">Period</th>
                  <th scope="col">Status</th>
                  <th scope="col">Nominations</th>
                  <th scope="col">Winner</th>
                </tr>
              </thead>
              <tbody>
                {cycles.map((c) => (
                  <tr key={c.id}>
                    <td><Link to={`/recognition/cycles/${c.id}`}>{c.label}</Link></td>
                    <td>{formatUkDate(c.periodStart)} – {formatUkDate(c.periodEnd)}</td>
                    <td><StatusBadge status={c.status} /></td>
                    <td>{c.nominationCount}</td>
                    <td>{c.winnerName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {editing && <SchemeForm scheme={scheme} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </Page>
  );
}
