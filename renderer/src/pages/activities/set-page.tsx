import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ATTENDANCE_LABELS, SESSION_TYPE_LABELS, type SetMeeting } from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { LogCpdButton, useToday } from './common';
import { LogCpdDialog, type LogCpdTarget } from './log-cpd-dialog';
import { SetForm } from './set-form';
import { SetMeetingEditDialog } from './set-meeting-edit';
import { SetMeetingForm } from './set-meeting-form';

/** "Delete X?" with the consequence spelled out; the action button names what it deletes. */
function ConfirmDelete({ title, description, action, onConfirm, onClose }: { title: string; description: string; action: string; onConfirm: () => Promise<unknown>; onClose: () => void }) {
  const [error, setError] = useState<unknown>(null);
  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <ErrorMessage error={error as never} />
      <DialogActions onCancel={onClose} cancelLabel="Keep it" focusCancel label={action} tone="plain" onConfirm={() => void onConfirm().catch(setError)} />
    </Dialog>
  );
}

/** One action learning set: members, the meetings with each presenter's plan and progress, CPD logging. */
export function SetPage() {
  const id = Number(useParams().id);
  const set = useChannel('activities:getSet', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const today = useToday();
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState<LogCpdTarget | null>(null);
  const [editingMeeting, setEditingMeeting] = useState<SetMeeting | null>(null);
  const [deleting, setDeleting] = useState<SetMeeting | 'set' | null>(null);
  const deleteMeeting = useCommand('activities:deleteSetMeeting');
  const deleteSet = useCommand('activities:deleteSet');
  const toast = useToast();
  const navigate = useNavigate();
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
        <>
          <button type="button" onClick={() => setEditing(true)}>
            Edit set
          </button>{' '}
          <button type="button" onClick={() => setDeleting('set')}>
            Delete set
          </button>
        </>
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
            {s.meetings.map((m) => {
              const came = m.attendance.filter((a) => a.status === 'attended');
              const notThere = m.attendance.filter((a) => a.status !== 'attended');
              return (
              <li key={m.id} className="card">
                <h3>
                  {formatUkDate(m.heldOn)} · {m.hours} hours
                </h3>
                <p>
                  Attended: {came.map((a) => a.name).join(', ') || 'nobody recorded'}
                  {notThere.length > 0 && (
                    <span className="muted"> · {notThere.map((a) => `${a.name} (${ATTENDANCE_LABELS[a.status].toLowerCase()})`).join(', ')}</span>
                  )}
                </p>
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
                <p className="row-actions">
                  <button type="button" aria-label={`Edit meeting of ${formatUkDate(m.heldOn)}`} onClick={() => setEditingMeeting(m)}>
                    Edit
                  </button>
                  <button type="button" aria-label={`Delete meeting of ${formatUkDate(m.heldOn)}`} onClick={() => setDeleting(m)}>
                    Delete
                  </button>
                  {came.length > 0 && (
                    <LogCpdButton
                      label={`meeting on ${formatUkDate(m.heldOn)}`}
                      logged={came.filter((a) => a.cpdLogged).length}
                      people={came.length}
                      onClick={() =>
                        // Only those who came and are not logged yet (someone marked as attended after a first log).
                        setLogging({ kind: 'alsMeeting', id: m.id, title: `${s.name}, ${formatUkDate(m.heldOn)}`, people: came.filter((a) => !a.cpdLogged).map((x) => x.name), date: m.heldOn, hours: m.hours })
                      }
                    />
                  )}
                </p>
              </li>
              );
            })}
          </ul>
        )}
      </section>
      {editing && <SetForm set={s} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
      {logging && <LogCpdDialog target={logging} today={today} onClose={() => setLogging(null)} />}
      {editingMeeting && <SetMeetingEditDialog set={s} meeting={editingMeeting} onClose={() => setEditingMeeting(null)} />}
      {deleting === 'set' && (
        <ConfirmDelete
          title={`Delete ${s.name}?`}
          description={`${s.meetings.length === 0 ? 'It has no meetings recorded.' : `Its ${s.meetings.length === 1 ? 'meeting' : `${s.meetings.length} meetings`} and action plans go too.`} CPD already logged from it stays in each person’s log.`}
          action="Delete set"
          onClose={() => setDeleting(null)}
          onConfirm={() =>
            deleteSet.mutateAsync({ id: s.id }).then(() => {
              toast.show(`${s.name} deleted.`);
              navigate('/activities');
            })
          }
        />
      )}
      {deleting && deleting !== 'set' && (
        <ConfirmDelete
          title={`Delete the meeting of ${formatUkDate(deleting.heldOn)}?`}
          description="Its attendance and action plans go too. CPD already logged from it stays in each person’s log."
          action="Delete meeting"
          onClose={() => setDeleting(null)}
          onConfirm={() =>
            deleteMeeting.mutateAsync({ id: deleting.id }).then(() => {
              setDeleting(null);
              toast.show(`Meeting of ${formatUkDate(deleting.heldOn)} deleted.`);
            })
          }
        />
      )}
    </Page>
  );
}
