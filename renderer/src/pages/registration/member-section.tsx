import './registration.css';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Member } from '../../../../shared/domains/team';
import { LEVEL_LABELS, STAGE_LABELS } from '../../../../shared/domains/registration';
import { useChannel } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { durationText, hoursText, ukOrDash } from './format';
import { JourneyStatus } from './journey-status';
import { NewJourneyDialog } from './new-journey-dialog';

/** This section's part of a member's page (rendered inside the member page, below the details). */
export default function RegistrationMemberSection({ member }: { member: Member }) {
  const journeys = useChannel('registration:memberJourneys', { memberId: member.id });
  const view = useChannel('registration:revalidation', { memberId: member.id });
  const [starting, setStarting] = useState(false);
  const navigate = useNavigate();
  const v = view.data;
  return (
    <section className="card" aria-labelledby="member-registration">
      <h2 id="member-registration">CILIP registration and CPD</h2>
      <ErrorMessage error={journeys.error ?? view.error} />
      {journeys.data && journeys.data.length === 0 && <p className="muted">No registration journeys.</p>}
      {journeys.data && journeys.data.length > 0 && (
        <ul>
          {journeys.data.map((j) => (
            <li key={j.id}>
              <Link to={`/registration/journeys/${j.id}`}>{LEVEL_LABELS[j.level]}</Link>
              {j.kind === 'revalidation' ? ' (revalidation)' : ''}: {STAGE_LABELS[j.stage]} since {ukOrDash(j.stageChangedOn)} ({durationText(j.daysInStage)}){' '}
              <JourneyStatus journey={j} />
            </li>
          ))}
        </ul>
      )}
      {v && (
        <p>
          CPD in the last 12 months: {hoursText(v.hours12m)} of {v.hoursRequired} h.
          {v.registrations.map((r) => (
            <span key={r.id}>
              {' '}
              {LEVEL_LABELS[r.level]} anniversary {ukOrDash(r.nextAnniversary)} (in {r.daysToAnniversary} days).
              {r.missedAnniversary && <> <span className="badge badge-stalled">Revalidation overdue since {ukOrDash(r.missedAnniversary)}</span></>}
            </span>
          ))}
        </p>
      )}
      <div className="toolbar">
        <Link to={`/registration/members/${member.id}/cpd`}>CPD log and revalidation</Link>
        {!member.leftOn && (
          <button type="button" onClick={() => setStarting(true)}>
            Start a registration journey
          </button>
        )}
      </div>
      {starting && (
        <NewJourneyDialog memberId={member.id} onClose={() => setStarting(false)} onCreated={(id) => navigate(`/registration/journeys/${id}`)} />
      )}
    </section>
  );
}
