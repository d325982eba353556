import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Series } from '../../../../shared/domains/one-to-one-series';
import { invoke } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { saveFile } from '../../download';
import { formatMeetingTime } from './format';
import { SeriesDialog } from './series-dialog';

/** Export, change and cancel buttons for one series: on the member's page and on each meeting of it. */
export function SeriesActions({ series, memberName }: { series: Series; memberName: string }) {
  const toast = useToast();
  const cancel = useCommand('oneToOnes:cancelSeries');
  const [changing, setChanging] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const active = series.status === 'active';
  const exportText = active ? 'Series to calendar (.ics)' : 'Cancellation for calendar (.ics)';
  // "Every 2 weeks on Wednesday…" inside a sentence: only the first letter drops its capital.
  const ruleInSentence = series.label.charAt(0).toLowerCase() + series.label.slice(1);
  return (
    <>
      <div className="row-actions">
        <button
          type="button"
          aria-label={`${exportText}: ${series.label}`}
          onClick={async () => {
            setExportError(null);
            try {
              saveFile(await invoke('oneToOnes:exportSeriesIcs', { id: series.id }));
            } catch (error) {
              setExportError(error);
            }
          }}
        >
          {exportText}
        </button>
        {active && (
          <>
            <button type="button" onClick={() => setChanging(true)}>
              Change series
            </button>
            <button type="button" onClick={() => setConfirming(true)}>
              Cancel series
            </button>
          </>
        )}
      </div>
      <ErrorMessage error={exportError ?? cancel.error} />
      {changing && (
        <SeriesDialog
          memberId={series.memberId}
          series={series}
          onClose={() => setChanging(false)}
          onChanged={(s) => {
            setChanging(false);
            toast.show(`Series changed: ${s.label}. Export it again so calendars update.`);
          }}
        />
      )}
      {confirming && (
        <Dialog title="Cancel the series?" onClose={() => setConfirming(false)}>
          <p>
            The regular one-to-ones with {memberName} ({ruleInSentence}) stop, and the meetings still to come are cancelled.
            Export the cancellation afterwards so calendars remove the series.
          </p>
          <DialogActions
            tone="danger"
            label="Cancel series"
            cancelLabel="Keep it"
            focusCancel
            busy={cancel.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              cancel.mutate(
                { id: series.id },
                {
                  onSuccess: () => {
                    setConfirming(false);
                    toast.show('Series cancelled. Export the cancellation so calendars remove it.');
                  },
                },
              )
            }
          />
        </Dialog>
      )}
    </>
  );
}

/** A member's series of regular one-to-ones, and "Set up regular one-to-ones". */
export function SeriesSection({ memberId, memberName, canSchedule }: { memberId: number; memberName: string; canSchedule: boolean }) {
  const data = useChannel('oneToOnes:forMember', { memberId });
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();
  const list = data.data?.series ?? [];
  return (
    <section aria-labelledby={`series-heading-${memberId}`}>
      <h3 id={`series-heading-${memberId}`}>Regular one-to-ones</h3>
      {list.length === 0 ? (
        <p className="muted">No series set up: each one-to-one is booked on its own.</p>
      ) : (
        <ul className="o2o-suggestions">
          {list.map((s: Series) => (
            <li key={s.id}>
              <div>
                <strong>{s.label}</strong>
                {s.status === 'cancelled' && <span className="badge">Cancelled</span>}
                <p className="muted">
                  From {formatMeetingTime(s.startsAt)} · {s.durationMinutes} minutes{s.location ? ` · ${s.location}` : ''}
                </p>
              </div>
              <SeriesActions series={s} memberName={memberName} />
            </li>
          ))}
        </ul>
      )}
      {canSchedule && !list.some((s) => s.status !== 'cancelled') && (
        <button type="button" onClick={() => setCreating(true)}>
          Set up regular one-to-ones
        </button>
      )}
      {creating && (
        <SeriesDialog
          memberId={memberId}
          onClose={() => setCreating(false)}
          onCreated={(first) => {
            setCreating(false);
            toast.show(`Regular one-to-ones with ${memberName} set up: the first is on ${formatMeetingTime(first.scheduledAt)}.`);
            navigate(`/one-to-ones/${first.id}`);
          }}
        />
      )}
    </section>
  );
}
