import { useState } from 'react';
import type { CycleDetail } from '../../../../shared/domains/recognition';
import type { Member } from '../../../../shared/domains/team';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { ConfirmDialog } from './confirm-dialog';

/** Close nominations (asks first: nominations are frozen afterwards) and confirm the shortlist. */
export function CloseAndShortlist({ detail, selected }: { detail: CycleDetail; selected: number[] }) {
  const close = useCommand('recognition:closeCycle');
  const shortlist = useCommand('recognition:shortlist');
  const [confirming, setConfirming] = useState(false);
  const toast = useToast();
  const { cycle, scheme } = detail;
  if (cycle.status === 'open') {
    return (
      <>
        <ErrorMessage error={close.error} />
        <button type="button" onClick={() => setConfirming(true)}>Close nominations</button>
        {confirming && (
          <ConfirmDialog
            title={`Close nominations for ${cycle.label}?`}
            description="Nominations cannot be added, changed or withdrawn after closing."
            confirmLabel="Close nominations"
            busy={close.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              close.mutate({ cycleId: cycle.id }, { onSuccess: () => toast.show(`Nominations for ${cycle.label} are closed.`) });
            }}
          />
        )}
      </>
    );
  }
  if (cycle.status === 'closed' || (cycle.status === 'shortlisted' && detail.votesCast === 0 && scheme.decidedBy !== 'manager')) {
    return (
      <>
        <ErrorMessage error={shortlist.error} />
        <p className="muted">Tick the nominations to shortlist in the table above ({selected.length} ticked).</p>
        <button
          type="button"
          onClick={() => shortlist.mutate({ cycleId: cycle.id, nominationIds: selected }, { onSuccess: () => toast.show(`${selected.length} nominations shortlisted.`) })}
        >
          Confirm shortlist
        </button>
      </>
    );
  }
  return null;
}

/** One vote per team member per cycle, for a shortlisted nomination. */
export function VoteForm({ detail, members }: { detail: CycleDetail; members: Member[] }) {
  const vote = useCommand('recognition:vote');
  const toast = useToast();
  const [voterId, setVoterId] = useState('');
  const [nominationId, setNominationId] = useState('');
  const { scheme } = detail;
  const onPanel = new Set(scheme.panelMemberIds);
  // A panel scheme's voters are its named panel; a team vote is open to everyone.
  const voters = scheme.decidedBy === 'panel' ? members.filter((m) => onPanel.has(m.id)) : members;
  // Nobody votes on their own nomination: the voter's own is left out of the choices.
  // Someone who has left the team cannot win, so they are not offered either.
  const shortlisted = detail.nominations.filter((n) => n.shortlisted && n.nomineeLeftOn === null && String(n.nomineeId) !== voterId);
  const voted = new Set(detail.voterIds);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    vote.mutate(
      { cycleId: detail.cycle.id, voterId: Number(voterId), nominationId: Number(nominationId) },
      {
        onSuccess: () => {
          toast.show('Vote recorded.');
          setVoterId('');
        },
      },
    );
  };
  return (
    <form className="toolbar" onSubmit={submit} aria-label="Record a vote">
      <label>
        {scheme.decidedBy === 'panel' ? 'Panel member voting' : 'Voter'}
        <select
          value={voterId}
          onChange={(e) => {
            setVoterId(e.target.value);
            if (detail.nominations.some((n) => String(n.id) === nominationId && String(n.nomineeId) === e.target.value)) setNominationId('');
          }}
          required
        >
          <option value="">Choose who is voting…</option>
          {voters.map((m) => (
            <option key={m.id} value={m.id}>{m.name}{voted.has(m.id) ? ' (has voted)' : ''}</option>
          ))}
        </select>
      </label>
      <label>
        Vote for
        <select value={nominationId} onChange={(e) => setNominationId(e.target.value)} required>
          <option value="">Choose a shortlisted nomination…</option>
          {shortlisted.map((n) => (
            <option key={n.id} value={n.id}>{n.nomineeName} ({n.category})</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!voterId || !nominationId || vote.isPending}>Record vote</button>
      <p className="muted" role="status">{detail.votesCast} vote{detail.votesCast === 1 ? '' : 's'} cast</p>
      {vote.error && <p role="alert" className="error-banner form-span">{vote.error.message}</p>}
    </form>
  );
}

/** Decide the winner: from the votes, by the recorded tie-break rule, or by the manager with a reason. */
export function DecideForm({ detail }: { detail: CycleDetail }) {
  const decide = useCommand('recognition:decide');
  const toast = useToast();
  const { scheme, cycle } = detail;
  const managerChooses = scheme.decidedBy === 'manager' || detail.tiedNominationIds.length > 0;
  const candidates = detail.nominations.filter((n) =>
    n.nomineeLeftOn === null && (detail.tiedNominationIds.length > 0 ? detail.tiedNominationIds.includes(n.id) : scheme.decidedBy === 'manager' ? cycle.status === 'closed' || n.shortlisted : n.shortlisted),
  );
  const [chosen, setChosen] = useState('');
  const [reason, setReason] = useState('');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    decide.mutate(
      { cycleId: cycle.id, nominationId: managerChooses ? Number(chosen) || null : null, reason },
      { onSuccess: (c) => toast.show(`${c.winnerName ?? 'The winner'} is the winner of ${c.label}.`) },
    );
  };
  return (
    <form className="form-grid" onSubmit={submit} aria-label="Decide the winner">
      {detail.tallyExplanation && (
        <p className="info-banner form-span" role="status">
          {detail.tallyExplanation}
        </p>
      )}
      {managerChooses ? (
        <>
          <label className="field">
            Winner
            <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Choose the winning nomination…</option>
              {candidates.map((n) => (
                <option key={n.id} value={n.id}>{n.nomineeName} ({n.category})</option>
              ))}
            </select>
          </label>
          <label className="field">
            Reason for the decision
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
        </>
      ) : (
        <p className="form-span">The winner is the person with most votes, counting all their nominations{scheme.tieBreak !== 'manager' ? '; a tie is broken by the scheme\u2019s rule' : ''}.</p>
      )}
      {decide.error && <p role="alert" className="error-banner">{decide.error.message}</p>}
      <div className="form-span">
        <button type="submit" className="primary" disabled={decide.isPending}>{managerChooses ? 'Record decision' : 'Count votes and decide'}</button>
      </div>
    </form>
  );
}
