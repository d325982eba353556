import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { SESSION_TYPE_LABELS } from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { LogCpdButton, useToday } from './common';
import { LogCpdDialog, type LogCpdTarget } from './log-cpd-dialog';
import { SetForm } from './set-form';
import { SetMeetingForm } from './set-meeting-form';

/** One action learning set: members, the meetings with each presenter's plan and progress, CPD logging. */
export function SetPage() {
  const id = Number(useParams().id);
  const set = useChannel('activities:getSet', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const today = useToday();
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState<LogCpdTarget | null>(null);
  if (set.isPending) return <Loading label="Loading the set…" />;
  if (!set.data) {
    return (
      <Page title="Action learning set not found">
        <ErrorMessage error={set.error ?? 'No such set.'} />
        <Link to="/activities">Back to activities</Link>
      </Page>
    );
  }
  const s = set.data;
  return (
    <Page
      title={s.name}
      actions={
        <button type="button" onClick={() => setEditing(true)}>
          Edit set
        </button>
      }
    >
      <p>
        <Link to="/activities">← Development activities</Link>
      </p>
      <section className="card" aria-labelledby="act-set-about">
        <h2 id="act-set-about">About this set</h2>
        <dl className="facts">
          <div>
            <dt>Session type</dt>
            <dd>{SESSION_TYPE_LABELS[s.sessionType]}</dd>
          </div>
          <div>
            <dt>Rhythm</dt>
            <dd>{s.rhythm || 'Not set'}</dd>
          </div>
          <div>
            <dt>Facilitator</dt>
            <dd>{s.facilitator || 'None'}</dd>
          </div>
          <div>
            <dt>Started</dt>
            <dd>{formatUkDate(s.startedOn) || 'Not recorded'}</dd>
          </div>
          <div>
            <dt>Members ({s.members.length})</dt>
            <dd>{s.members.map((m) => m.name).join(', ')}</dd>
          </div>
        </dl>
        {s.sizeWarning && <p className="act-warning">{s.sizeWarning}</p>}
      </section>
      {today && <SetMeetingForm key={s.meetings.length} set={s} today={today} />}
      <section aria-labelledby="act-meetings-heading">
        <h2 id="act-meetings-heading">Meetings</h2>
        {s.meetings.length === 0 ? (
          <p className="muted">No meetings recorded yet. Record the first one above.</p>
        ) : (
          <ul className="act-list">
            {s.meetings.map((m) => (
              <li key={m.id} className="card">
                <h3>
                  {formatUkDate(m.heldOn)} · {m.hours} hours
                </h3>
                {m.notes && <p className="notes">{m.notes}</p>}
                {m.plans.length > 0 ? (
                  <table className="data-table">
                    <caption className="visually-hidden">Action plans from {formatUkDate(m.heldOn)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Presenter</th>
                        <th scope="col">Action plan</th>
                        <th scope="col">Progress reported</th>
                      </tr>
                    </thead>
                    <tbody>
                      {m.plans.map((p) => (
                        <tr key={p.id}>
                          <td>{p.presenterName}</td>
                          <td>{p.plan}</td>
                          <td>{p.progress || <span className="muted">Due at the next meeting</span>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p className="muted">No action plans recorded.</p>
                )}
                <p>
                  <LogCpdButton
                    label={`meeting on ${formatUkDate(m.heldOn)}`}
                    logged={m.cpdLogged}
                    people={s.members.length}
                    onClick={() =>
                      setLogging({ kind: 'alsMeeting', id: m.id, title: `${s.name}, ${formatUkDate(m.heldOn)}`, people: s.members.map((x) => x.name), date: m.heldOn, hours: m.hours })
                    }
                  />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {editing && <SetForm set={s} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
      {logging && <LogCpdDialog target={logging} today={today} onClose={() => setLogging(null)} />}
    </Page>
  );
}
