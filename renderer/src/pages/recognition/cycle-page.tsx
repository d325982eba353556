import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CYCLE_STATUSES, CYCLE_STATUS_LABELS } from '../../../../shared/domains/recognition';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { CloseAndShortlist, DecideForm, VoteForm } from './cycle-actions';
import { NominationForm } from './nomination-form';
import { NominationsTable } from './nominations-table';
import { StatusBadge } from './status-badge';
import { WinnerPanel } from './winner-panel';

/** /recognition/cycles/:id — one cycle from nominations to reward. */
export default function CyclePage() {
  const id = Number(useParams().id);
  const detail = useChannel('recognition:getCycle', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const team = useChannel('team:list', { includeArchived: false });
  const status = useChannel('system:status', {});
  const [selected, setSelected] = useState<number[]>([]);
  useEffect(() => {
    // Everything is ticked for the shortlist until the manager unticks some.
    const data = detail.data;
    setSelected(data?.nominations.filter((n) => n.shortlisted || data.cycle.status === 'closed').map((n) => n.id) ?? []);
  }, [detail.data]);

  if (detail.isPending) return <Loading label="Loading cycle…" />;
  if (!detail.data) {
    return (
      <Page title="Cycle not found">
        <ErrorMessage error={detail.error ?? 'No such cycle.'} />
        <Link to="/recognition">Back to recognition</Link>
      </Page>
    );
  }
  const d = detail.data;
  const { cycle, scheme } = d;
  const members = team.data ?? [];
  const step = CYCLE_STATUSES.indexOf(cycle.status);
  const canDecide = scheme.decidedBy === 'manager' ? cycle.status === 'closed' || cycle.status === 'shortlisted' : cycle.status === 'shortlisted';
  const hasWinner = cycle.status === 'decided' || cycle.status === 'announced' || cycle.status === 'rewarded';

  return (
    <Page title={`${scheme.name}: ${cycle.label}`}>
      <p>
        <Link to={`/recognition/schemes/${scheme.id}`}>← {scheme.name}</Link>
      </p>
      <p>
        {formatUkDate(cycle.periodStart)} – {formatUkDate(cycle.periodEnd)} · <StatusBadge status={cycle.status} />
      </p>
      <ol className="recognition-steps" aria-label="Cycle progress">
        {CYCLE_STATUSES.map((s, i) => (
          <li key={s} className={i < step ? 'done' : i === step ? 'current' : ''} aria-current={i === step ? 'step' : undefined}>
            {CYCLE_STATUS_LABELS[s]}
            {i < step && <span className="visually-hidden"> (done)</span>}
          </li>
        ))}
      </ol>
      {d.blocked.length > 0 && cycle.status === 'open' && (
        <section className="info-banner" aria-labelledby="blocked-heading">
          <h2 id="blocked-heading" className="recognition-inline-heading">Cannot be nominated this cycle</h2>
          <ul>
            {d.blocked.map((b) => (
              <li key={b.memberId}>{b.message}</li>
            ))}
          </ul>
        </section>
      )}
      {hasWinner && <WinnerPanel detail={d} today={status.data?.today ?? cycle.periodEnd} />}
      <section aria-labelledby="nominations-heading">
        <h2 id="nominations-heading">Nominations ({d.nominations.length})</h2>
        <NominationsTable detail={d} members={members} selected={selected} onSelect={setSelected} />
        <div className="toolbar">
          <CloseAndShortlist detail={d} selected={selected} />
        </div>
      </section>
      {cycle.status === 'open' && (
        <section className="card" aria-labelledby="nominate-heading">
          <h2 id="nominate-heading">Add a nomination</h2>
          <NominationForm scheme={scheme} cycle={cycle} members={members} blocked={d.blocked} />
        </section>
      )}
      {cycle.status === 'shortlisted' && scheme.decidedBy !== 'manager' && (
        <section className="card" aria-labelledby="vote-heading">
          <h2 id="vote-heading">Votes</h2>
          <VoteForm detail={d} members={members} />
        </section>
      )}
      {canDecide && (
        <section className="card" aria-labelledby="decide-heading">
          <h2 id="decide-heading">Decision</h2>
          <DecideForm detail={d} />
        </section>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ul className="recognition-history">
          {d.events.map((e, i) => (
            <li key={i}>
              {formatUkDate(e.at)}: {CYCLE_STATUS_LABELS[e.toStatus]}
              {e.note ? ` (${e.note})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
