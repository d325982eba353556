import { useState } from 'react';
import { Link } from 'react-router-dom';
import { AWARD_CATALOGUE_STATUS_LABELS, AWARD_STATUS_LABELS, type Award, type AwardNomination } from '../../../../shared/domains/recognition-external';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel, useCommand } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { AwardForm, AwardNominationForm } from './award-forms';
import { ConfirmDialog } from './confirm-dialog';
import { daysText, deadlineBadge } from './status-badge';
import { plural } from '../../../../shared/plural';

const windowText = (a: Award) =>
  a.windowOpens || a.windowCloses ? `${a.windowOpens ? `opens ${a.windowOpens.split('-').reverse().join('/')}` : ''}${a.windowOpens && a.windowCloses ? ', ' : ''}${a.windowCloses ? `closes ${a.windowCloses.split('-').reverse().join('/')}` : ''}` : 'Not recorded';

const frequencyText = (a: Award) => (a.everyYears === 1 ? '' : `; every ${a.everyYears} years`);

type Deleting = { kind: 'award'; item: Award } | { kind: 'nomination'; item: AwardNomination };

/** /recognition/external — the catalogue of external awards and the nominations made for them. */
export default function ExternalPage() {
  const awards = useChannel('recognition:listAwards', {});
  const nominations = useChannel('recognition:listAwardNominations', { memberId: null });
  const overview = useChannel('recognition:overview', {});
  const team = useChannel('team:list', { includeArchived: false });
  const status = useChannel('system:status', {});
  const addSuggested = useCommand('recognition:addSuggestedAwards');
  const removeAward = useCommand('recognition:deleteAward');
  const markChecked = useCommand('recognition:markAwardChecked');
  const removeNomination = useCommand('recognition:deleteAwardNomination');
  const toast = useToast();
  const [editingAward, setEditingAward] = useState<Award | 'new' | null>(null);
  const [editingNomination, setEditingNomination] = useState<AwardNomination | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const today = status.data?.today ?? '';

  if (awards.isPending || nominations.isPending) return <Loading label="Loading external awards…" />;
  const list = awards.data ?? [];
  const deadlines = overview.data?.deadlines ?? [];
  return (
    <Page
      title="External awards"
      actions={
        <>
          <button type="button" onClick={() => setEditingAward('new')}>Add award</button>
          <button type="button" className="primary" onClick={() => setEditingNomination('new')} disabled={list.length === 0}>Record nomination</button>
        </>
      }
    >
      <p><Link to="/recognition">← Recognition</Link></p>
      <ErrorMessage error={awards.error ?? nominations.error ?? removeAward.error ?? removeNomination.error ?? markChecked.error} />
      <section className="card" aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Deadlines: overdue and the next 30 days</h2>
        {deadlines.length === 0 ? (
          <p className="muted">Nothing overdue and no deadlines in the next 30 days.</p>
        ) : (
          <ul className="recognition-reminders">
            {deadlines.map((d) => (
              <li key={`${d.kind}${d.nominationId ?? d.awardId}`}>
                <span className="badge">{deadlineBadge(d)}</span> {d.awardName}
                {d.memberName ? ` (${d.memberName})` : ''}: {d.kind === 'usual_window' ? 'nominations usually close' : 'deadline'} {daysText(d.daysLeft)}, {formatUkDate(d.deadline)}
                {d.note ? `. ${d.note}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="nominations-heading">
        <h2 id="nominations-heading">Nominations made</h2>
        {(nominations.data ?? []).length === 0 ? (
          <EmptyState title="No external nominations recorded">
            <p>Record a nomination with its deadline to get reminders 30 and 7 days before it is due.</p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-label="External award nominations">
              <thead>
                <tr><th scope="col">Award</th><th scope="col">Nominee</th><th scope="col">Year</th><th scope="col">Deadline</th><th scope="col">Status</th><th scope="col">Notes</th><th scope="col">Actions</th></tr>
              </thead>
              <tbody>
                {nominations.data?.map((n) => (
                  <tr key={n.id}>
                    <td>{n.awardName}</td>
                    <td>{n.memberName ?? 'The team or service'}</td>
                    <td>{n.year}</td>
                    <td>{formatUkDate(n.deadline)}</td>
                    <td>{AWARD_STATUS_LABELS[n.status]}{n.submittedOn ? ` (${formatUkDate(n.submittedOn)})` : ''}</td>
                    <td>{n.notes}</td>
                    <td><div className="row-actions">
                      <button type="button" onClick={() => setEditingNomination(n)} aria-label={`Edit nomination for ${n.awardName} ${n.year}`}>Edit</button>
                      <button type="button" onClick={() => setDeleting({ kind: 'nomination', item: n })} aria-label={`Delete nomination for ${n.awardName} ${n.year}`}>Delete</button>
                    </div></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">Catalogue</h2>
        {list.length === 0 ? (
          <EmptyState title="The catalogue is empty">
            <p>Add the awards you watch, or start from a few well-known ones for library and information services.</p>
            <button type="button" onClick={() => addSuggested.mutate({}, { onSuccess: (r) => toast.show(`${r.added} awards added.`) })}>Add suggested awards</button>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-label="External awards catalogue">
              <thead>
                <tr><th scope="col">Award</th><th scope="col">Organiser</th><th scope="col">Category</th><th scope="col">Eligibility</th><th scope="col">Usual window</th><th scope="col">Source and last checked</th><th scope="col">Actions</th></tr>
              </thead>
              <tbody>
                {list.map((a) => (
                  <tr key={a.id}>
                    <td>
                      {a.url ? <a href={a.url} target="_blank" rel="noreferrer">{a.name}</a> : a.name}
                      {a.status !== 'active' && <> <span className="badge">{AWARD_CATALOGUE_STATUS_LABELS[a.status]}</span></>}
                    </td>
                    <td>{a.organiser}</td>
                    <td>{a.category}</td>
                    <td>{a.eligibility}</td>
                    <td>{windowText(a)}{frequencyText(a)}</td>
                    <td>
                      {a.source ? <a href={a.source} target="_blank" rel="noreferrer" aria-label={`Source for ${a.name}`}>Source</a> : <span>No source recorded</span>}
                      {'; '}
                      {a.lastChecked ? `checked ${formatUkDate(a.lastChecked)}` : 'never checked'}
                      <div>
                        <button
                          type="button"
                          disabled={markChecked.isPending}
                          onClick={() => markChecked.mutate({ id: a.id }, { onSuccess: () => toast.show(`${a.name}: marked as checked today.`) })}
                          aria-label={`Mark ${a.name} as checked today`}
                        >
                          Checked today
                        </button>
                      </div>
                    </td>
                    <td><div className="row-actions">
                      <button type="button" onClick={() => setEditingAward(a)} aria-label={`Edit ${a.name}`}>Edit</button>
                      <button type="button" onClick={() => setDeleting({ kind: 'award', item: a })} aria-label={`Delete ${a.name}`}>Delete</button>
                    </div></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {editingAward && <AwardForm award={editingAward === 'new' ? undefined : editingAward} onClose={() => setEditingAward(null)} />}
      {editingNomination && today && (
        <AwardNominationForm awards={list} members={team.data ?? []} today={today} nomination={editingNomination === 'new' ? undefined : editingNomination} onClose={() => setEditingNomination(null)} />
      )}
      {deleting && (
        <ConfirmDialog
          title={deleting.kind === 'award' ? `Delete ${deleting.item.name}?` : `Delete the nomination for ${deleting.item.awardName}?`}
          description={deleting.kind === 'award' ? `${deleting.item.nominationCount === 1 ? 'Its recorded nomination is' : `Its ${plural(deleting.item.nominationCount, 'recorded nomination')} are`} deleted too.` : 'The record and its notes are deleted.'}
          confirmLabel="Delete"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const d = deleting;
            setDeleting(null);
            if (d.kind === 'award') removeAward.mutate({ id: d.item.id }, { onSuccess: () => toast.show(`${d.item.name} deleted.`) });
            else removeNomination.mutate({ id: d.item.id }, { onSuccess: () => toast.show('Nomination deleted.') });
          }}
        />
      )}
    </Page>
  );
}
