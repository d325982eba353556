import { useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatUkDate } from '../../../../shared/dates';
import type { Member } from '../../../../shared/domains/team';
import { useChannel, useCommand } from '../../api/hooks';
import { useToday } from '../../api/use-today';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { EraseDialog } from './erase-dialog';
import { RequestReview } from './request-review';
import { DateInput } from '../../components/date-input';
import { plural } from '../../../../shared/plural';

/** Subject access requests and erasure for one person, at the foot of their page. */
export default function PrivacyMemberSection({ member }: { member: Member }) {
  const today = useToday();
  const requests = useChannel('privacy:requests', { id: member.id });
  const record = useCommand('privacy:recordRequest');
  const [receivedOn, setReceivedOn] = useState(today);
  const [openId, setOpenId] = useState<number | null>(null);
  const [erasing, setErasing] = useState(false);
  const toast = useToast();
  const navigate = useNavigate();
  const id = useId();
  const list = requests.data?.requests ?? [];
  const shown = openId ?? list.find((r) => !r.completedOn)?.id ?? null;

  return (
    <section className="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <h3 id={`${id}-sar`}>Subject access requests</h3>
      <p>
        When {member.name} asks for the information held about them, record the day the request arrived. The reply is due one calendar month
        later; the pack holds everything about them, your private notes included, with what the law asks you to tell them.
      </p>
      <form
        className="toolbar"
        aria-labelledby={`${id}-sar`}
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate({ memberId: member.id, receivedOn }, { onSuccess: (r) => setOpenId(r.id) });
        }}
      >
        <div className="toolbar-field">
          <label htmlFor={`${id}-received`}>Date the request arrived</label>
          <DateInput id={`${id}-received`} value={receivedOn} max={today} onChange={(e) => setReceivedOn(e.target.value)} />
        </div>
        <button type="submit" disabled={record.isPending}>
          Record request
        </button>
      </form>
      <ErrorMessage error={requests.error ?? record.error} />
      {list.length > 0 && (
        <table className="data-table">
          <caption>Requests from {member.name}</caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Reply due by</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.id} aria-current={r.id === shown ? 'true' : undefined}>
                <td>{formatUkDate(r.receivedOn)}</td>
                <td>
                  {formatUkDate(r.respondBy)}
                  {r.extensionMonths > 0 && ` (extended by ${r.extensionMonths} month${r.extensionMonths === 1 ? '' : 's'})`}
                </td>
                <td>{r.completedOn ? `Answered ${formatUkDate(r.completedOn)}` : r.daysLeft < 0 ? `Overdue by ${plural(-r.daysLeft, 'day')}` : `${plural(r.daysLeft, 'day')} left`}</td>
                <td>
                  <button type="button" onClick={() => setOpenId(r.id)} disabled={r.id === shown}>
                    Review request of {formatUkDate(r.receivedOn)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown !== null && <RequestReview key={shown} requestId={shown} memberId={member.id} memberName={member.name} />}

      <h3>Erasure</h3>
      <p>Erase {member.name} from the workbench entirely, its backups included. You will review any mentions of them in other people’s records first.</p>
      <div className="page-actions">
        <button type="button" className="danger" onClick={() => setErasing(true)}>
          Erase {member.name}…
        </button>
      </div>
      {erasing && (
        <EraseDialog
          member={member}
          onClose={() => setErasing(false)}
          onErased={(summary) => {
            setErasing(false);
            toast.show(summary);
            navigate('/team');
          }}
        />
      )}
    </section>
  );
}
