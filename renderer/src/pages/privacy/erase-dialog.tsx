import { useId, useState } from 'react';
import type { Mention, MentionDecision } from '../../../../shared/domains/privacy';
import type { Member } from '../../../../shared/domains/team';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorMessage, Loading } from '../../components/page';
import { MentionText, mentionHeading, refKey } from './mention-text';

type Choice = { action: MentionDecision['action']; text: string };

const ACTIONS: { value: MentionDecision['action']; label: string }[] = [
  { value: 'redact', label: 'Redact the mention (becomes “[erased]”)' },
  { value: 'keep', label: 'Keep as written' },
  { value: 'edit', label: 'Edit the text' },
];

/** One mention in someone else's record, with the manager's choice for it. */
function MentionChoice({ mention, choice, onChange }: { mention: Mention; choice: Choice | undefined; onChange: (c: Choice) => void }) {
  const id = useId();
  return (
    <li>
      <fieldset>
        <legend>{mentionHeading(mention)}</legend>
        <MentionText mention={mention} />
        {ACTIONS.map((a) => (
          <label key={a.value} className="checkbox">
            <input
              type="radio"
              name={`${id}-action`}
              value={a.value}
              checked={choice?.action === a.value}
              onChange={() => onChange({ action: a.value, text: choice?.text || mention.text })}
            />
            {a.label}
          </label>
        ))}
        {choice?.action === 'edit' && (
          <div className="field">
            <label htmlFor={`${id}-text`}>New wording</label>
            <textarea id={`${id}-text`} rows={3} value={choice.text} onChange={(e) => onChange({ action: 'edit', text: e.target.value })} />
          </div>
        )}
      </fieldset>
    </li>
  );
}

/**
 * Erasure cannot be undone, so the manager types the person's full name to confirm, and
 * decides what happens to each mention of them in other people's records: nothing is
 * rewritten without that decision.
 */
export function EraseDialog({ member, onClose, onErased }: { member: Pick<Member, 'id' | 'name'>; onClose: () => void; onErased: (summary: string) => void }) {
  const [typed, setTyped] = useState('');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const found = useChannel('privacy:mentions', { id: member.id });
  const erase = useCommand('privacy:erase');
  const id = useId();
  const mentions = found.data?.mentions ?? [];
  const undecided = mentions.filter((m) => !choices[refKey(m.ref)]).length;
  const ready = typed.trim() === member.name && found.data !== undefined && undecided === 0 && !erase.isPending;
  return (
    <Dialog title={`Erase ${member.name}?`} onClose={onClose} wide description="This removes them and their personal data everywhere in the workbench and its backups. It cannot be undone.">
      <ul>
        <li>Their assessments, registration records, agreements, notes and nominations received are deleted.</li>
        <li>Where they nominated or voted for someone else, that record stays but no longer names them.</li>
        <li>Older backups and leftover files that still hold them are removed, and a fresh backup is taken.</li>
      </ul>
      <h3>Mentions in other people’s records</h3>
      {found.isLoading && <Loading label="Looking for mentions…" />}
      {found.data && mentions.length === 0 && <p>No other record mentions them by {found.data.terms.join(', ')}.</p>}
      {found.data && mentions.length > 0 && (
        <>
          <p>
            These records belong to other people and mention {member.name} (searched as whole words: {found.data.terms.join(', ')}). Choose
            what happens to each: only the marked words are redacted, and nothing changes without your choice.
          </p>
          <ol className="act-list" aria-label="Mentions to review">
            {mentions.map((m) => (
              <MentionChoice key={refKey(m.ref)} mention={m} choice={choices[refKey(m.ref)]} onChange={(c) => setChoices((all) => ({ ...all, [refKey(m.ref)]: c }))} />
            ))}
          </ol>
          {undecided > 0 && <p role="status">{undecided === 1 ? '1 mention still needs a decision.' : `${undecided} mentions still need a decision.`}</p>}
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Type their full name to confirm</label>
        <input id={`${id}-confirm`} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" data-autofocus />
      </div>
      <ErrorMessage error={found.error ?? erase.error} />
      <DialogActions
        onCancel={onClose}
        label="Erase permanently"
        tone="danger"
        disabled={!ready}
        onConfirm={() =>
          // The person's page refetches and finds no one as soon as this succeeds, unmounting the dialog:
          // the promise, unlike mutate's callbacks, still resolves so the manager is told what happened.
          void erase
            .mutateAsync({
              memberId: member.id,
              confirmName: typed,
              mentions: mentions.map((m) => {
                const c = choices[refKey(m.ref)] ?? { action: 'keep' as const, text: '' };
                return { ref: m.ref, action: c.action, text: c.action === 'edit' ? c.text : '' };
              }),
            })
            .then((r) => onErased(r.message), () => undefined)
        }
      />
    </Dialog>
  );
}
