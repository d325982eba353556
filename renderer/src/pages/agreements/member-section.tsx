import './agreements.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PHASE_LABELS, SCHEME_LABELS } from '../../../../shared/domains/agreements';
import { OTJ_STATUS_LABELS } from '../../../../shared/domains/agreements-otj';
import { TRAINEE_TYPES, type Member } from '../../../../shared/domains/team';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { STATUS_LABELS } from './labels';
import { NewAgreementDialog } from './new-agreement-dialog';

/** This section's part of a member's page: their agreement(s) and where each stands. */
export default function AgreementsMemberSection({ member }: { member: Member }) {
  const list = useChannel('agreements:list', { memberId: member.id });
  const status = useChannel('system:status', {});
  const [creating, setCreating] = useState(false);
  const isTrainee = TRAINEE_TYPES.includes(member.employmentType);
  if (!list.data?.length && !isTrainee) return null;
  return (
    <section className="card" aria-labelledby="member-agreements">
      <h2 id="member-agreements">Expectations agreements</h2>
      <ErrorMessage error={list.error} />
      {list.data?.length === 0 && <p>No agreement yet. Draft one at the start of the placement and discuss it together.</p>}
      <ul>
        {list.data?.map((a) => (
          <li key={a.id}>
            <Link to={`/agreements/${a.id}`}>{SCHEME_LABELS[a.scheme]} agreement</Link>: version {a.versionNumber}, {STATUS_LABELS[a.status].toLowerCase()} ({PHASE_LABELS[a.phase].toLowerCase()});{' '}
            {formatUkDate(a.startDate)} to {formatUkDate(a.endDate)} ({a.daysLeft} days left)
            {a.nextReviewDue && `; next review ${formatUkDate(a.nextReviewDue)}`}
            {a.overdueReviews > 0 && <strong className="agreement-alert"> · review overdue</strong>}
            {a.otj && `; off-the-job hours ${OTJ_STATUS_LABELS[a.otj.status].toLowerCase()}`}
          </li>
        ))}
      </ul>
      {!member.leftOn && status.data && (
        <button type="button" onClick={() => setCreating(true)}>
          New agreement for {member.name}
        </button>
      )}
      {creating && status.data && <NewAgreementDialog today={status.data.today} memberId={member.id} onClose={() => setCreating(false)} />}
    </section>
  );
}
