import { useDeferredValue, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { outcomeLabel } from '../../../../shared/domains/one-to-ones';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage, Loading } from '../../components/page';
import { formatMeetingTime } from './format';

/**
 * Every past one-to-one, newest first: date, outcome, shared notes and the actions agreed.
 * On a member's page it is theirs; in the One-to-ones section it is everyone's, with names.
 * Private notes never appear here.
 */
export function HistorySection({ memberId = null, headingLevel = 2 }: { memberId?: number | null; headingLevel?: 2 | 3 }) {
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const history = useChannel('oneToOnes:history', { memberId, search: query });
  const headingId = useId();
  const searchId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ItemHeading = headingLevel === 2 ? 'h3' : 'h4';
  const h = history.data;
  return (
    <section aria-labelledby={headingId} className="o2o-history">
      <Heading id={headingId}>Past one-to-ones</Heading>
      <div className="field">
        <label htmlFor={searchId}>Search past one-to-ones</label>
        <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Words in shared notes, actions or names" />
      </div>
      <ErrorMessage error={history.error} />
      {history.isPending ? (
        <Loading label="Loading past one-to-ones…" />
      ) : !h ? null : h.items.length === 0 ? (
        <p className="muted">{query ? `No past one-to-one mentions “${query}”.` : 'No past one-to-ones yet.'}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {h.total === 1 ? '1 past one-to-one' : `${h.total} past one-to-ones`}
            {query && ` mention “${query}”`}
            {h.total > h.items.length && `; the latest ${h.items.length} are shown`}.
          </p>
          <ol className="o2o-history-list">
            {h.items.map((m) => (
              <li key={m.id} className="card">
                <ItemHeading>
                  <Link to={`/one-to-ones/${m.id}`}>
                    {memberId === null ? `${m.memberName}, ` : ''}
                    {formatMeetingTime(m.scheduledAt)}
                  </Link>{' '}
                  <span className="badge">{outcomeLabel(m.status)}</span>
                </ItemHeading>
                <p className="notes">{m.sharedNotes || <span className="muted">No shared notes.</span>}</p>
                {m.actions.length > 0 && (
                  <>
                    <p className="visually-hidden">Actions agreed</p>
                    <ul>
                      {m.actions.map((a) => (
                        <li key={a.id}>
                          {a.text}
                          <span className="muted">
                            {' '}
                            — {a.owner === 'manager' ? 'manager' : m.memberName}
                            {a.dueOn && `, due ${formatUkDate(a.dueOn)}`}
                            {a.doneAt ? ', done' : ', open'}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
