import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Member } from '../../../../shared/domains/team';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { formatMeetingTime } from './format';
import { HistorySection } from './history-section';
import { ScheduleDialog } from './schedule-dialog';
import { SeriesSection } from './series-section';
import { StandingSection } from './standing-section';

/** A member's next one-to-one and open actions, on their page. */
export default function OneToOnesMemberSection({ member }: { member: Member }) {
  const data = useChannel('oneToOnes:forMember', { memberId: member.id });
  const [scheduling, setScheduling] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();
  const d = data.data;
  return (
    <section className="card" aria-labelledby="o2o-member-heading">
      <h2 id="o2o-member-heading">One-to-ones</h2>
      <ErrorMessage error={data.error} />
      {d && (
        <>
          <p>
            {d.next ? (
              <>
                Next: <Link to={`/one-to-ones/${d.next.id}`}>{formatMeetingTime(d.next.scheduledAt)}</Link>
                {d.next.location && <span className="muted"> · {d.next.location}</span>}
              </>
            ) : (
              <>No one-to-one scheduled.</>
            )}
          </p>
          {!member.leftOn && (
            <button type="button" onClick={() => setScheduling(true)}>
              Schedule a one-to-one
            </button>
          )}
          <SeriesSection memberId={member.id} memberName={member.name} canSchedule={!member.leftOn} />
          <StandingSection memberId={member.id} memberName={member.name} />
          <h3>Open actions</h3>
          {d.openActions.length === 0 ? (
            <p className="muted">No open actions.</p>
          ) : (
            <ul>
              {d.openActions.map((a) => (
                <li key={a.id}>
                  <Link to={`/one-to-ones/${a.meetingId}`}>{a.text}</Link>
                  <span className="muted">
                    {' '}
                    — {a.owner === 'manager' ? 'you' : member.preferredName || member.name}
                    {a.dueOn && `, due ${formatUkDate(a.dueOn)}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <HistorySection memberId={member.id} headingLevel={3} />
        </>
      )}
      {scheduling && (
        <ScheduleDialog
          memberId={member.id}
          onClose={() => setScheduling(false)}
          onSaved={(m) => {
            setScheduling(false);
            toast.show(`One-to-one with ${m.memberName} scheduled for ${formatMeetingTime(m.scheduledAt)}.`);
            navigate(`/one-to-ones/${m.id}`);
          }}
        />
      )}
    </section>
  );
}
