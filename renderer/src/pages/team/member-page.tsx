import { Suspense, useState } from 'react';
import { FactList } from '../../components/fact-list';
import { Link, useParams } from 'react-router-dom';
import { EMPLOYMENT_TYPE_LABELS } from '../../../../shared/domains/team';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { MemberForm } from './member-form';
import { useArchiveActions } from './use-archive';
import { MEMBER_SECTIONS } from '../../sections';

/** One person's record. Later features (skills, registration, agreements, recognition) add sections here. */
export default function MemberPage() {
  const id = Number(useParams().id);
  const member = useChannel('team:get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const [editing, setEditing] = useState(false);
  const actions = useArchiveActions();

  if (member.isPending) return <Loading label="Loading team member…" />;
  if (member.error || !member.data) {
    return (
      <Page title="Team member not found">
        <ErrorMessage error={member.error ?? 'No such team member.'} />
        <Link to="/team">Back to the team</Link>
      </Page>
    );
  }
  const m = member.data;
  const facts: [string, string][] = [
    ['Preferred name', m.preferredName || '—'],
    ['Job title', m.jobTitle],
    ['Grade / band', m.grade || '—'],
    ['Team / service point', m.team],
    ['FTE', m.fte.toFixed(2)],
    ['Start date', formatUkDate(m.startDate) || '—'],
    ['Employment type', EMPLOYMENT_TYPE_LABELS[m.employmentType]],
    ['Line manager', m.lineManagerName ?? 'You'],
    ['CILIP membership number', m.cilipNumber || '—'],
    ['Email', m.email || '—'],
    ['Left on', m.leftOn ? formatUkDate(m.leftOn) : 'Still in post'],
  ];
  return (
    <Page
      title={m.name}
      actions={
        <>
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          {m.leftOn ? (
            <button type="button" onClick={() => actions.restore(m)}>
              Restore to team
            </button>
          ) : (
            <button type="button" onClick={() => actions.archive(m)}>
              Archive as leaver
            </button>
          )}
        </>
      }
    >
      <p>
        <Link to="/team">← Team</Link>
      </p>
      {m.leftOn && <p className="info-banner">{m.name} is archived as a leaver. Their records are kept.</p>}
      <ErrorMessage error={actions.error} />
      <section aria-labelledby="details-heading" className="card">
        <h2 id="details-heading">Details</h2>
        <FactList facts={facts} />
        {m.notes && (
          <>
            <h3>Notes</h3>
            <p className="notes">{m.notes}</p>
          </>
        )}
      </section>
      <Suspense fallback={<Loading />}>
        {MEMBER_SECTIONS.map((Section, i) => (
          <Section key={i} member={m} />
        ))}
      </Suspense>
      {editing && <MemberForm member={m} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </Page>
  );
}
