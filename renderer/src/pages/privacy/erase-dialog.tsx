import { useId, useState } from 'react';
import type { Member } from '../../../../shared/domains/team';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';

/** Erasure cannot be undone, so the manager types the person's full name to confirm. */
export function EraseDialog({ member, onClose, onErased }: { member: Pick<Member, 'id' | 'name'>; onClose: () => void; onErased: (summary: string) => void }) {
  const [typed, setTyped] = useState('');
  const erase = useCommand('privacy:erase');
  const id = useId();
  return (
    <Dialog title={`Erase ${member.name}?`} onClose={onClose} description="This removes them and their personal data everywhere in the workbench. It cannot be undone.">
      <ul>
        <li>Their assessments, registration records, agreements, notes and nominations received are deleted.</li>
        <li>Where they nominated or voted for someone else, that record stays but no longer names them.</li>
        <li>Mentions of their full name or email in other records are replaced with “[erased]”.</li>
      </ul>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Type their full name to confirm</label>
        <input id={`${id}-confirm`} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" data-autofocus />
      </div>
      <ErrorMessage error={erase.error} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          disabled={typed.trim() !== member.name || erase.isPending}
          onClick={() =>
            erase.mutate(
              { memberId: member.id, confirmName: typed, mentions: [] },
              { onSuccess: (r) => onErased(r.message) },
            )
          }
        >
          Erase permanently
        </button>
      </div>
    </Dialog>
  );
}
