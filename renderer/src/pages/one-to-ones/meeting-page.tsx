import { useRef, useState } from 'react';
import { FactList } from '../../components/fact-list';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { MEETING_STATUS_LABELS, RECURRENCE_LABELS, type Meeting } from '../../../../shared/domains/one-to-ones';
import { invoke } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { focusableById, useFocusAfter } from '../../components/use-focus-after';
import { saveFile } from '../../download';
import { ActionsSection } from './actions-section';
import { AgendaSection } from './agenda-section';
import { formatMeetingTime } from './format';
import { NotesSection } from './notes-section';
import { ScheduleDialog } from './schedule-dialog';
import { SeriesActions } from './series-section';
import { StandingSection } from './standing-section';

function MeetingActions({ meeting }: { meeting: Meeting }) {
  const toast = useToast();
  const navigate = useNavigate();
  const setStatus = useCommand('oneToOnes:setStatus');
  const scheduleNext = useCommand('oneToOnes:scheduleNext');
  const [editing, setEditing] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const download = async (run: () => Promise<Parameters<typeof saveFile>[0]>) => {
    setExportError(null);
    try {
      saveFile(await run());
    } catch (error) {
      setExportError(error);
    }
  };
  // "Record as held" and "Cancel meeting" go once the status changes: focus lands on the
  // meeting's facts, where the new status shows, not on the page body.
  const current = useRef(meeting.status);
  current.current = meeting.status;
  const focusAfter = useFocusAfter();
  const status = async (next: 'held' | 'cancelled' | 'scheduled', message: string) => {
    const previous = meeting.status;
    await setStatus.mutateAsync({ id: meeting.id, status: next });
    focusAfter(() => current.current === next, () => focusableById('meeting-heading'));
    toast.show(message, { label: 'Undo', run: () => setStatus.mutate({ id: meeting.id, status: previous }) });
  };
  return (
    <>
      <div className="page-actions">
        {meeting.status === 'scheduled' && (
          <>
            <button type="button" className="primary" onClick={() => void status('held', 'One-to-one recorded as held.').catch(() => undefined)}>
              Record as held
            </button>
            <button type="button" onClick={() => setEditing(true)}>
              Change time or place
            </button>
            <button type="button" onClick={() => void status('cancelled', 'One-to-one cancelled.').catch(() => undefined)}>
              Cancel meeting
            </button>
          </>
        )}
        {(meeting.recurrence !== 'none' || meeting.series?.status === 'active') && meeting.nextMeetingId === null && (
          <button
            type="button"
            onClick={async () => {
              const next = await scheduleNext.mutateAsync({ id: meeting.id });
              toast.show(`Next one-to-one scheduled for ${formatMeetingTime(next.scheduledAt)}.`);
              navigate(`/one-to-ones/${next.id}`);
            }}
          >
            Schedule next
          </button>
        )}
        {meeting.nextMeetingId !== null && <Link to={`/one-to-ones/${meeting.nextMeetingId}`}>Go to the next one-to-one</Link>}
        <button type="button" onClick={() => void download(() => invoke('oneToOnes:exportIcs', { id: meeting.id }))}>
          Add to calendar (.ics)
        </button>
        {meeting.status === 'scheduled' && (
          <button type="button" onClick={() => void download(() => invoke('oneToOnes:exportPrepSheet', { id: meeting.id }))}>
            Prep sheet for {meeting.memberName} (.docx)
          </button>
        )}
        <button type="button" onClick={() => void download(() => invoke('oneToOnes:exportSharedNotes', { id: meeting.id, format: 'docx' }))}>
          Shared notes (.docx)
        </button>
        <button type="button" onClick={() => void download(() => invoke('oneToOnes:exportSharedNotes', { id: meeting.id, format: 'pdf' }))}>
          Shared notes (PDF)
        </button>
      </div>
      <ErrorMessage error={setStatus.error ?? scheduleNext.error ?? exportError} />
      {editing && <ScheduleDialog meeting={meeting} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </>
  );
}

/** One meeting: when and where, the agenda with suggestions, notes and actions. */
export default function MeetingPage() {
  const id = Number(useParams().id);
  const meeting = useChannel('oneToOnes:get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  if (meeting.isPending) return <Loading label="Loading the one-to-one…" />;
  if (meeting.error || !meeting.data) {
    return (
      <Page title="One-to-one not found">
        <ErrorMessage error={meeting.error ?? 'No such one-to-one.'} />
        <Link to="/one-to-ones">Back to one-to-ones</Link>
      </Page>
    );
  }
  const m = meeting.data;
  const facts: [string, string][] = [
    ['When', `${formatMeetingTime(m.scheduledAt)}${m.movedFrom ? ` (moved from the series' ${formatMeetingTime(m.movedFrom)})` : ''}`],
    ['Length', `${m.durationMinutes} minutes`],
    ['Where', m.location || 'Not set'],
    ['Repeats', m.series ? `${m.series.label}${m.series.status === 'cancelled' ? ' (series cancelled)' : ''}` : RECURRENCE_LABELS[m.recurrence]],
    ['Status', MEETING_STATUS_LABELS[m.status]],
  ];
  return (
    <Page title={`One-to-one with ${m.memberName}`}>
      <p>
        <Link to="/one-to-ones">← One-to-ones</Link> · <Link to={`/team/${m.memberId}`}>{m.memberName}’s record</Link>
      </p>
      <section className="card" aria-labelledby="meeting-heading">
        <h2 id="meeting-heading">When and where</h2>
        <FactList facts={facts} />
        <MeetingActions meeting={m} />
        {m.series && <SeriesActions series={m.series} memberName={m.memberName} />}
      </section>
      <AgendaSection meeting={m} />
      {m.status === 'scheduled' && (
        <section className="card">
          <StandingSection memberId={m.memberId} memberName={m.memberName} />
        </section>
      )}
      <NotesSection key={m.id} meeting={m} />
      <ActionsSection meeting={m} />
    </Page>
  );
}
