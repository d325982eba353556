import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { MeetingSummary, Overview } from '../../../../shared/domains/one-to-ones';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { formatMeetingTime, weekdayOf } from './format';
import { HistorySection } from './history-section';
import { ScheduleDialog } from './schedule-dialog';

function MeetingTable({ meetings, caption }: { meetings: MeetingSummary[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Team member</th>
            <th scope="col">On the agenda</th>
            <th scope="col">Open actions</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <td>
                <Link to={`/one-to-ones/${m.id}`}>
                  {weekdayOf(m.scheduledAt)} {formatMeetingTime(m.scheduledAt)}
                </Link>
              </td>
              <td>{m.memberName}</td>
              <td>{m.agendaCount === 0 ? 'Not planned yet' : `${m.agendaCount} item${m.agendaCount === 1 ? '' : 's'}`}</td>
              <td>{m.openActionCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Week({ title, meetings, empty }: { title: string; meetings: MeetingSummary[]; empty: string }) {
  const id = `o2o-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {meetings.length === 0 ? <p className="muted">{empty}</p> : <MeetingTable meetings={meetings} caption={title} />}
    </section>
  );
}

function OverdueActions({ actions }: { actions: Overview['overdueActions'] }) {
  return (
    <section aria-labelledby="o2o-overdue">
      <h2 id="o2o-overdue">Overdue actions</h2>
      {actions.length === 0 ? (
        <p className="muted">No overdue actions.</p>
      ) : (
        <ul className="o2o-actions">
          {actions.map((a) => (
            <li key={a.id}>
              <Link to={`/one-to-ones/${a.meetingId}`}>{a.text}</Link> — {a.memberName}
              {a.owner === 'manager' ? ' (your action)' : ''}, due {formatUkDate(a.dueOn)} <span className="badge o2o-urgent">Overdue</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The manager's week: meetings this week and next, meetings to write up, overdue actions. */
export default function OverviewPage() {
  const overview = useChannel('oneToOnes:overview', {});
  const [scheduling, setScheduling] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();
  const o = overview.data;
  const nothing = o && o.thisWeek.length + o.nextWeek.length + o.toRecord.length + o.overdueActions.length === 0;

  return (
    <Page
      title="One-to-ones"
      actions={
        <button type="button" className="primary" onClick={() => setScheduling(true)}>
          Schedule a one-to-one
        </button>
      }
    >
      <ErrorMessage error={overview.error} />
      {overview.isPending ? (
        <Loading label="Loading one-to-ones…" />
      ) : !o ? null : nothing ? (
        <EmptyState title="No one-to-ones in the next two weeks">
          <p>
            Regular one-to-ones keep development on track. Schedule one and the workbench suggests an agenda from stalled
            registration, skill gaps, reviews due and open actions.
          </p>
          <button type="button" className="primary" onClick={() => setScheduling(true)}>
            Schedule your first one-to-one
          </button>
        </EmptyState>
      ) : (
        <>
          <Week title="This week" meetings={o.thisWeek} empty="Nothing else scheduled this week." />
          <Week title="Next week" meetings={o.nextWeek} empty="Nothing scheduled next week yet." />
          {o.toRecord.length > 0 && (
            <Week title="To write up" meetings={o.toRecord} empty="" />
          )}
          <OverdueActions actions={o.overdueActions} />
        </>
      )}
      <HistorySection />
      {scheduling && (
        <ScheduleDialog
          onClose={() => setScheduling(false)}
          onSaved={(m) => {
            setScheduling(false);
            toast.show(`One-to-one with ${m.memberName} scheduled for ${formatMeetingTime(m.scheduledAt)}.`);
            navigate(`/one-to-ones/${m.id}`);
          }}
        />
      )}
    </Page>
  );
}
