import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { CADENCE_LABELS, DECIDER_LABELS } from '../../../../shared/domains/recognition';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { SchemeForm } from './scheme-form';
import { daysText, deadlineBadge, StatusBadge } from './status-badge';

/** /recognition: schemes, cycles in progress and the reminders a manager should not miss. */
export default function OverviewPage() {
  const schemes = useChannel('recognition:listSchemes', { includeArchived: false });
  const overview = useChannel('recognition:overview', {});
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  return (
    <Page
      title="Recognition"
      actions={
        <>
          <Link className="button" to="/recognition/equity">Equity view</Link>
          <Link className="button" to="/recognition/external">External awards</Link>
          <button type="button" className="primary" onClick={() => setCreating(true)}>New scheme</button>
        </>
      }
    >
      <ErrorMessage error={schemes.error ?? overview.error} />
      <section className="card" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        {overview.isPending ? (
          <Loading />
        ) : (overview.data?.closingSoon.length ?? 0) + (overview.data?.deadlines.length ?? 0) === 0 ? (
          <p className="muted">Nothing due in the next 30 days.</p>
        ) : (
          <ul className="recognition-reminders">
            {overview.data?.closingSoon.map((c) => (
              <li key={`c${c.cycleId}`}>
                <span className="badge">Cycle</span> <Link to={`/recognition/cycles/${c.cycleId}`}>{c.schemeName}: {c.label}</Link> ends{' '}
                {daysText(c.daysLeft)} ({formatUkDate(c.periodEnd)}), {c.nominationCount} nomination{c.nominationCount === 1 ? '' : 's'}
              </li>
            ))}
            {overview.data?.deadlines.map((d) => (
              <li key={`d${d.kind}${d.nominationId ?? d.awardId}`}>
                <span className="badge">{deadlineBadge(d)}</span>{' '}
                <Link to="/recognition/external">{d.awardName}</Link>
                {d.memberName ? ` (${d.memberName})` : d.kind === 'nomination' ? ' (team nomination)' : ''}:{' '}
                {d.kind === 'usual_window' ? 'nominations usually close' : 'deadline'} {daysText(d.daysLeft)}, {formatUkDate(d.deadline)}
                {d.daysLeft < 0 && d.note ? `. ${d.note}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="schemes-heading">
        <h2 id="schemes-heading">Schemes</h2>
        {schemes.isPending ? (
          <Loading />
        ) : schemes.data?.length === 0 ? (
          <EmptyState title="No recognition schemes yet">
            <p>Start an employee-of-the-month scheme: choose categories everyone can win, a reward, and rules such as a cooldown so the same person does not win every month.</p>
            <button type="button" className="primary" onClick={() => setCreating(true)}>New scheme</button>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-label="Recognition schemes">
              <thead>
                <tr>
                  <th scope="col">Scheme</th>
                  <th scope="col">Cadence</th>
                  <th scope="col">Who decides</th>
                  <th scope="col">Cooldown</th>
                  <th scope="col">Latest cycle</th>
                </tr>
              </thead>
              <tbody>
                {schemes.data?.map((s) => (
                  <tr key={s.id}>
                    <td><Link to={`/recognition/schemes/${s.id}`}>{s.name}</Link></td>
                    <td>{CADENCE_LABELS[s.cadence]}</td>
                    <td>{DECIDER_LABELS[s.decidedBy]}</td>
                    <td>{s.cooldownCycles === 0 ? 'None' : `${s.cooldownCycles} cycle${s.cooldownCycles === 1 ? '' : 's'}`}</td>
                    <td>
                      {s.currentCycle ? (
                        <>
                          <Link to={`/recognition/cycles/${s.currentCycle.id}`}>{s.currentCycle.label}</Link> <StatusBadge status={s.currentCycle.status} />
                        </>
                      ) : (
                        <span className="muted">No cycles yet</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="active-heading">
        <h2 id="active-heading">Cycles in progress</h2>
        {overview.data && overview.data.activeCycles.length === 0 ? (
          <p className="muted">No cycles in progress. Open one from a scheme&rsquo;s page.</p>
        ) : (
          <ul className="recognition-cycle-list">
            {overview.data?.activeCycles.map((c) => (
              <li key={c.id}>
                <Link to={`/recognition/cycles/${c.id}`}>{c.schemeName}: {c.label}</Link> <StatusBadge status={c.status} />{' '}
                <span className="muted">{c.nominationCount} nomination{c.nominationCount === 1 ? '' : 's'}{c.winnerName ? `, winner ${c.winnerName}` : ''}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {creating && <SchemeForm onClose={() => setCreating(false)} onSaved={(s) => navigate(`/recognition/schemes/${s.id}`)} />}
    </Page>
  );
}
