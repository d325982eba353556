import { Link } from 'react-router-dom';
import { addDays, formatUkDate } from '../../../../shared/dates';
import { ATTENTION_KIND_LABELS } from '../../../../shared/domains/dashboard';
import { useChannel, useCommand } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading } from '../../components/page';

const URGENCY_LABEL = ['', 'Act now', 'Soon', 'This week', 'Coming up', 'For information'];

/** The ranked "Needs attention" list: each item links to where it is handled and can be snoozed or dismissed. */
export function AttentionList({ today }: { today: string }) {
  const attention = useChannel('dashboard:attention', {});
  const dismiss = useCommand('dashboard:dismiss');
  const restore = useCommand('dashboard:restoreDismissed');
  if (attention.isPending) return <Loading label="Gathering what needs attention…" />;
  const data = attention.data;
  return (
    <section aria-labelledby="attention-heading" className="card">
      <h2 id="attention-heading">Needs attention</h2>
      <ErrorMessage error={attention.error ?? dismiss.error ?? restore.error} />
      {data && data.items.length === 0 && (
        <EmptyState title="Nothing needs your attention">
          <p>No stalled candidates, reviews due, deadlines or broken coverage rules right now.</p>
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <ol className="attention-list">
          {data.items.map((item) => (
            <li key={item.key} className={`attention urgency-${item.urgency}`}>
              <div>
                <p className="attention-meta">
                  <span className="badge">{URGENCY_LABEL[item.urgency]}</span> {ATTENTION_KIND_LABELS[item.kind]}
                  {item.dueOn && <> · due {formatUkDate(item.dueOn)}</>}
                </p>
                <p className="attention-title">
                  <Link to={item.link}>{item.title}</Link>
                </p>
                <p className="attention-detail">{item.detail}</p>
              </div>
              <div className="row-actions">
                <button
                  type="button"
                  onClick={() => dismiss.mutate({ key: item.key, until: addDays(today, 7) })}
                  aria-label={`Snooze for a week: ${item.title}`}
                >
                  Snooze 7 days
                </button>
                <button type="button" onClick={() => dismiss.mutate({ key: item.key, until: null })} aria-label={`Dismiss: ${item.title}`}>
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {data && data.hidden > 0 && (
        <p>
          {data.hidden} snoozed or dismissed {data.hidden === 1 ? 'item is' : 'items are'} hidden.{' '}
          <button type="button" className="link-like" onClick={() => restore.mutate({})}>
            Show them again
          </button>
        </p>
      )}
    </section>
  );
}
