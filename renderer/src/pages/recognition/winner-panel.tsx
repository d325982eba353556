import { useState } from 'react';
import type { CycleDetail } from '../../../../shared/domains/recognition';
import { announcementText, excerpt } from '../../../../shared/domains/recognition-rules';
import { formatUkDate } from '../../../../shared/dates';
import { invoke } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { saveFile } from '../../download';
import { DateInput } from '../../components/date-input';

const DECISION_TEXT = { votes: 'most votes', tie_break_rule: 'the tie-break rule', manager: 'manager decision' } as const;

/** After a decision: announce, record the reward, export the certificate and copy the announcement. */
export function WinnerPanel({ detail, today }: { detail: CycleDetail; today: string }) {
  const { cycle, scheme } = detail;
  const announce = useCommand('recognition:announce');
  const reward = useCommand('recognition:recordReward');
  const toast = useToast();
  const [givenOn, setGivenOn] = useState(today);
  const [exportError, setExportError] = useState<unknown>(null);
  const winning = detail.nominations.find((n) => n.id === cycle.winnerNominationId);
  const text = announcementText({
    winner: cycle.winnerName ?? '',
    scheme: scheme.name,
    label: cycle.label,
    category: winning?.category ?? '',
    reasonExcerpt: winning ? excerpt(winning.reason, 180) : '',
    reward: scheme.reward,
  });
  const exportCertificate = async () => {
    setExportError(null);
    try {
      saveFile(await invoke('recognition:exportCertificate', { cycleId: cycle.id }));
      toast.show('Certificate exported.');
    } catch (error) {
      setExportError(error);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      toast.show('Announcement copied.');
    } catch {
      toast.show('Copying is not available here: select the text and copy it.');
    }
  };

  return (
    <section className="card" aria-labelledby="winner-heading">
      <h2 id="winner-heading">Winner: {cycle.winnerName ?? 'former team member'}</h2>
      <p>
        Decided on {formatUkDate(cycle.decidedOn)} by {cycle.decisionMethod ? DECISION_TEXT[cycle.decisionMethod] : 'decision'}
        {cycle.decisionReason ? `: ${cycle.decisionReason}` : '.'}
        {cycle.announcedOn && ` Announced on ${formatUkDate(cycle.announcedOn)}.`}
        {cycle.rewardGivenOn && ` Reward given on ${formatUkDate(cycle.rewardGivenOn)}.`}
      </p>
      <ErrorMessage error={announce.error ?? reward.error ?? exportError} />
      <div className="toolbar">
        {cycle.status === 'decided' && (
          <button type="button" className="primary" onClick={() => announce.mutate({ cycleId: cycle.id }, { onSuccess: () => toast.show('Winner announced.') })}>
            Announce winner
          </button>
        )}
        <button type="button" onClick={() => void exportCertificate()}>Export certificate (PDF)</button>
      </div>
      {cycle.status === 'announced' && (
        <form
          className="toolbar"
          aria-label="Record the reward"
          onSubmit={(e) => {
            e.preventDefault();
            reward.mutate({ cycleId: cycle.id, givenOn }, { onSuccess: () => toast.show('Reward recorded.') });
          }}
        >
          <label>
            Reward given on
            <DateInput value={givenOn} onChange={(e) => setGivenOn(e.target.value)} required />
          </label>
          <button type="submit">Record reward given</button>
        </form>
      )}
      <h3>Announcement</h3>
      <label className="field">
        Announcement text to copy
        <textarea readOnly value={text} rows={4} />
      </label>
      <p>
        <button type="button" onClick={() => void copy()}>Copy announcement</button>
      </p>
    </section>
  );
}
