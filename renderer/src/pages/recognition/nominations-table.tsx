import { useState } from 'react';
import type { CycleDetail, Nomination } from '../../../../shared/domains/recognition';
import { formatUkDate } from '../../../../shared/dates';
import { useCommand } from '../../api/hooks';
import { EmptyState } from '../../components/page';
import { useToast } from '../../components/toasts';
import type { Member } from '../../../../shared/domains/team';
import { Dialog } from '../../components/dialog';
import { ConfirmDialog } from './confirm-dialog';
import { NominationForm } from './nomination-form';
import { SsmartHints } from './ssmart-hints';

interface Props {
  detail: CycleDetail;
  members: Member[];
  selected: number[];
  onSelect: (ids: number[]) => void;
}

/** The cycle's nominations with their SSMART suggestions, votes and shortlist ticks. */
export function NominationsTable({ detail, members, selected, onSelect }: Props) {
  const withdraw = useCommand('recognition:withdrawNomination');
  const toast = useToast();
  const [withdrawing, setWithdrawing] = useState<Nomination | null>(null);
  const [editing, setEditing] = useState<Nomination | null>(null);
  const { cycle, scheme } = detail;
  const choosing = cycle.status === 'closed' || (cycle.status === 'shortlisted' && detail.votesCast === 0 && scheme.decidedBy !== 'manager');
  const showVotes = scheme.decidedBy !== 'manager' && ['shortlisted', 'decided', 'announced', 'rewarded'].includes(cycle.status);
  if (detail.nominations.length === 0) {
    return (
      <EmptyState title="No nominations yet">
        <p>Add nominations below. Anyone can nominate anyone{scheme.allowSelfNomination ? '' : ' except themselves'}; a good reason names what they did, when, and why it mattered.</p>
      </EmptyState>
    );
  }
  const toggle = (id: number, on: boolean) => onSelect(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label="Nominations">
        <thead>
          <tr>
            {choosing && <th scope="col">Shortlist</th>}
            <th scope="col">Nominee</th>
            <th scope="col">Category</th>
            <th scope="col">Nominated by</th>
            <th scope="col">Reason</th>
            {showVotes && <th scope="col">Votes</th>}
            {cycle.status === 'open' && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {detail.nominations.map((n) => (
            <tr key={n.id}>
              {choosing && (
                <td>
                  <input type="checkbox" checked={selected.includes(n.id)} onChange={(e) => toggle(n.id, e.target.checked)} aria-label={`Shortlist ${n.nomineeName}`} />
                </td>
              )}
              <td>
                {n.nomineeName}
                {n.nomineeLeftOn && <span className="badge">Left the team {formatUkDate(n.nomineeLeftOn)}</span>}
                {n.id === cycle.winnerNominationId && <span className="badge">Winner</span>}
                {!choosing && n.shortlisted && n.id !== cycle.winnerNominationId && <span className="badge">Shortlisted</span>}
              </td>
              <td>{n.category}</td>
              <td>{n.nominatorHidden ? <span className="muted">Hidden (anonymous)</span> : (n.nominatorName ?? 'Manager')}</td>
              <td className="recognition-reason">
                <p>{n.reason}</p>
                {n.evidence && <p className="muted">Evidence: {n.evidence}</p>}
                <p className="muted">Nominated {formatUkDate(n.nominatedOn)}</p>
                <SsmartHints hints={n.hints} label={`SSMART suggestions for ${n.nomineeName}`} compact />
              </td>
              {showVotes && <td>{n.votes}</td>}
              {cycle.status === 'open' && (
                <td>
                  <div className="row-actions">
                    <button type="button" onClick={() => setEditing(n)} aria-label={`Edit nomination for ${n.nomineeName}`}>
                      Edit
                    </button>
                    <button
                      type="button"
                      onClick={() => setWithdrawing(n)}
                      aria-label={`Withdraw nomination for ${n.nomineeName}`}
                    >
                      Withdraw
                    </button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <Dialog title={`Edit the nomination for ${editing.nomineeName}`} onClose={() => setEditing(null)} wide>
          <NominationForm scheme={scheme} cycle={cycle} members={members} blocked={detail.blocked} nomination={editing} onDone={() => setEditing(null)} />
        </Dialog>
      )}
      {withdrawing && (
        <ConfirmDialog
          title={`Withdraw the nomination for ${withdrawing.nomineeName}?`}
          description="The nomination and its reason are deleted."
          confirmLabel="Withdraw nomination"
          onCancel={() => setWithdrawing(null)}
          onConfirm={() => {
            const n = withdrawing;
            setWithdrawing(null);
            withdraw.mutate({ id: n.id }, { onSuccess: () => toast.show(`Nomination for ${n.nomineeName} withdrawn.`) });
          }}
        />
      )}
    </div>
  );
}
