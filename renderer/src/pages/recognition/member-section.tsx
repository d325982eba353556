import { Link } from 'react-router-dom';
import { AWARD_STATUS_LABELS } from '../../../../shared/domains/recognition-external';
import { excerpt } from '../../../../shared/domains/recognition-rules';
import type { Member } from '../../../../shared/domains/team';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage, Loading } from '../../components/page';

/** This member's recognition history: nominations received, wins and external award nominations. */
export default function RecognitionMemberSection({ member }: { member: Member }) {
  const history = useChannel('recognition:memberHistory', { memberId: member.id });
  const wins = history.data?.nominations.filter((n) => n.won).length ?? 0;
  return (
    <section className="card" aria-labelledby="recognition-history-heading">
      <h2 id="recognition-history-heading">Recognition</h2>
      <ErrorMessage error={history.error} />
      {history.isPending ? (
        <Loading />
      ) : history.data && history.data.nominations.length === 0 && history.data.external.length === 0 ? (
        <p className="muted">
          {member.name} has not been nominated yet. <Link to="/recognition">Open a recognition cycle</Link> to nominate them.
        </p>
      ) : (
        <>
          <p>
            {history.data?.nominations.length ?? 0} nomination{history.data?.nominations.length === 1 ? '' : 's'}, {wins} win{wins === 1 ? '' : 's'}.
          </p>
          {(history.data?.nominations.length ?? 0) > 0 && (
            <div className="table-wrap">
              <table className="data-table" aria-label={`Recognition history of ${member.name}`}>
                <thead>
                  <tr><th scope="col">Cycle</th><th scope="col">Category</th><th scope="col">Reason</th><th scope="col">Nominated by</th><th scope="col">Outcome</th></tr>
                </thead>
                <tbody>
                  {history.data?.nominations.map((n) => (
                    <tr key={n.nominationId}>
                      <td><Link to={`/recognition/cycles/${n.cycleId}`}>{n.schemeName}: {n.cycleLabel}</Link><br /><span className="muted">{formatUkDate(n.nominatedOn)}</span></td>
                      <td>{n.category}</td>
                      <td>{excerpt(n.reason, 160)}</td>
                      <td>{n.nominatorName ?? <span className="muted">Hidden (anonymous)</span>}</td>
                      <td>{n.won ? <strong>Won</strong> : 'Nominated'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {(history.data?.external.length ?? 0) > 0 && (
            <>
              <h3>External awards</h3>
              <ul>
                {history.data?.external.map((x) => (
                  <li key={x.id}>
                    {x.awardName} {x.year}: {AWARD_STATUS_LABELS[x.status]} (deadline {formatUkDate(x.deadline)})
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
