import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatUkDate } from '../../../../shared/dates';
import { CPD_TYPE_LABELS, type CpdEntry } from '../../../../shared/domains/registration-cpd';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { CpdFormDialog } from './cpd-form-dialog';
import { hoursText } from './format';
import { RegisteredStatus } from './registered-status';
import { RevalidationPanel } from './revalidation-panel';

/** A member's CPD log with the revalidation view (hours in the rolling 12 months, reflective statement, exports). */
export default function CpdPage() {
  const memberId = Number(useParams().memberId);
  const valid = Number.isInteger(memberId) && memberId > 0;
  const view = useChannel('registration:revalidation', { memberId }, { enabled: valid });
  const log = useChannel('registration:cpdList', { memberId }, { enabled: valid });
  const remove = useCommand('registration:removeCpd');
  const restore = useCommand('registration:restoreCpd');
  const toast = useToast();
  const [editing, setEditing] = useState<CpdEntry | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CpdEntry | null>(null);

  if (view.isPending) return <Loading label="Loading CPD…" />;
  if (view.error || !view.data) {
    return (
      <Page title="CPD log not found">
        <ErrorMessage error={view.error ?? 'No such team member.'} />
        <Link to="/registration">Back to registration</Link>
      </Page>
    );
  }
  const v = view.data;
  const entries = log.data ?? v.entries;

  const onSaved = (saved: CpdEntry) => {
    setEditing(null);
    toast.show(
      saved.sections.length > 0
        ? `CPD saved. It developed PKSB ${saved.sections.join(', ')}: consider re-rating those skills.`
        : 'CPD saved.',
    );
  };

  return (
    <Page
      title={`${v.memberName}: CPD and revalidation`}
      actions={
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Log CPD
        </button>
      }
    >
      <p>
        <Link to="/registration">Registration dashboard</Link> · <Link to={`/team/${memberId}`}>{v.memberName}&apos;s record</Link> ·{' '}
        <Link to={`/skills/members/${memberId}`}>Skills (PKSB)</Link>
      </p>
      <RegisteredStatus memberId={memberId} records={v.registrations} today={v.today} />
      <RevalidationPanel view={v} />
      <section className="card" aria-labelledby="reg-cpd-log">
        <h2 id="reg-cpd-log">CPD log</h2>
        {entries.length === 0 ? (
          <EmptyState title="No CPD logged yet">
            <p>Reading, conversations, courses, shadowing visits and action learning all count. Use “Log CPD” to add the first entry.</p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">CPD entries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Activity</th>
                  <th scope="col">Hours</th>
                  <th scope="col">PKSB sections</th>
                  <th scope="col">Reflection</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => {
                  const name = e.title || CPD_TYPE_LABELS[e.activityType];
                  return (
                    <tr key={e.id}>
                      <td>
                        {formatUkDate(e.date)}
                        {e.date < v.windowStart && <span className="muted"> (older than 12 months)</span>}
                      </td>
                      <td>
                        {CPD_TYPE_LABELS[e.activityType]}
                        {e.title && `: ${e.title}`}
                        {e.source && <span className="muted"> {e.source.kind === 'memberPack' ? '(from their member pack)' : '(from activities)'}</span>}
                      </td>
                      <td>{hoursText(e.hours)}</td>
                      <td>{e.sections.join(', ') || '—'}</td>
                      <td>
                        {e.reflection || <span className="badge badge-missing">No reflection yet: revalidation asks for it</span>}
                      </td>
                      <td className="row-actions">
                        <button type="button" onClick={() => setEditing(e)} aria-label={`Edit ${name} on ${formatUkDate(e.date)}`}>
                          Edit
                        </button>
                        <button type="button" onClick={() => setDeleting(e)} aria-label={`Delete ${name} on ${formatUkDate(e.date)}`}>
                          Delete
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {editing && (
        <CpdFormDialog memberId={memberId} today={v.today} entry={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onSaved={onSaved} />
      )}
      {deleting && (
        <Dialog title="Delete this CPD entry?" onClose={() => setDeleting(null)} description={`${formatUkDate(deleting.date)}, ${hoursText(deleting.hours)}. Its hours stop counting towards revalidation.${deleting.source === null ? '' : deleting.source.kind === 'memberPack' ? ' It was imported from a member pack, which can then import it again.' : ' It was logged from an activity record, which can then be logged again.'}`}>
          <DialogActions
            onCancel={() => setDeleting(null)}
            cancelLabel="Keep it"
            focusCancel
            label="Delete entry"
            tone="plain"
            onConfirm={() =>
              void remove.mutateAsync({ id: deleting.id }).then((gone) => {
                setDeleting(null);
                toast.show('CPD entry deleted.', {
                  label: 'Undo',
                  // Put back with its source, so an activity it came from shows it as logged again.
                  run: () => void restore.mutateAsync({ memberId: gone.memberId, date: gone.date, activityType: gone.activityType, hours: gone.hours, title: gone.title, reflection: gone.reflection, sections: gone.sections, source: gone.source }),
                });
              })
            }
          />
        </Dialog>
      )}
    </Page>
  );
}
