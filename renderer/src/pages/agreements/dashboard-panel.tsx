import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PHASE_LABELS, SCHEME_LABELS, type AgreementSummary } from '../../../../shared/domains/agreements';
import { OTJ_STATUS_LABELS } from '../../../../shared/domains/agreements-otj';
import { formatUkDate } from '../../../../shared/dates';
import { Link } from 'react-router-dom';

/** Trainees at a glance: days left, next review, and off-the-job hours on track or behind. */
export function DashboardPanel({ agreements }: { agreements: AgreementSummary[] }) {
  // Only signed agreements between their dates are running; drafts and future starts are listed apart.
  const running = agreements.filter((a) => a.phase === 'running');
  const notStarted = agreements.filter((a) => a.phase === 'draft' || a.phase === 'upcoming');
  const apprentices = running.filter((a) => a.otj);
  return (
    <section className="card" aria-labelledby="trainees-heading">
      <h2 id="trainees-heading">Trainees</h2>
      {running.length === 0 && <p>No agreement is running today. Signed agreements appear here from their start date.</p>}
      <div className="table-wrap" hidden={running.length === 0}>
        <table className="data-table">
          <caption className="visually-hidden">Trainees with a running agreement</caption>
          <thead>
            <tr>
              <th scope="col">Trainee</th>
              <th scope="col">Scheme</th>
              <th scope="col">Days left</th>
              <th scope="col">Next review</th>
              <th scope="col">Off-the-job hours</th>
            </tr>
          </thead>
          <tbody>
            {running.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/agreements/${a.id}`}>{a.memberName}</Link>
                </th>
                <td>{SCHEME_LABELS[a.scheme]}</td>
                <td>{a.daysLeft}</td>
                <td>
                  {a.nextReviewDue ? formatUkDate(a.nextReviewDue) : '—'}
                  {a.overdueReviews > 0 && <strong className="agreement-alert"> Overdue ({a.overdueReviews})</strong>}
                </td>
                <td>
                  {a.otj ? (
                    <>
                      <span className={`otj-${a.otj.status}`}>{OTJ_STATUS_LABELS[a.otj.status]}</span>: {a.otj.loggedHours} of {a.otj.requiredToDate} h by
                      now{a.otj.requiredTotal !== null ? ` (${a.otj.requiredTotal} h in all)` : ''}
                    </>
                  ) : (
                    'Not applicable'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notStarted.length > 0 && (
        <>
          <h3>Not running yet</h3>
          <ul className="agreement-not-started" aria-label="Agreements not running yet">
            {notStarted.map((a) => (
              <li key={a.id}>
                <Link to={`/agreements/${a.id}`}>{a.memberName}</Link>: {SCHEME_LABELS[a.scheme]}, {PHASE_LABELS[a.phase].toLowerCase()}, from{' '}
                {formatUkDate(a.startDate)}
              </li>
            ))}
          </ul>
        </>
      )}
      {apprentices.length > 0 && (
        <figure className="agreement-chart">
          <figcaption>Off-the-job hours logged against hours required by today (the table above gives the same figures).</figcaption>
          <div aria-hidden="true" style={{ width: '100%', height: 60 + apprentices.length * 50 }}>
            <ResponsiveContainer>
              <BarChart data={apprentices.map((a) => ({ name: a.memberName, logged: a.otj?.loggedHours, required: a.otj?.requiredToDate }))} layout="vertical" accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" />
                <YAxis type="category" dataKey="name" width={160} />
                <Tooltip />
                <Legend />
                <Bar dataKey="logged" name="Logged" fill="#0b5394" />
                <Bar dataKey="required" name="Required by today" fill="#8a9099" />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
    </section>
  );
}
