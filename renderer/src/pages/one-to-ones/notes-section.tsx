import { useState } from 'react';
import type { Meeting } from '../../../../shared/domains/one-to-ones';
import { NOTES_MAX } from '../../../../shared/domains/one-to-ones';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { draftStatusText, useDraft } from '../../components/use-draft';

/** Private notes stay with the manager; shared notes are what the member gets in the export. */
export function NotesSection({ meeting }: { meeting: Meeting }) {
  const save = useCommand('oneToOnes:saveNotes');
  const [privateNotes, setPrivate] = useState(meeting.privateNotes);
  const [sharedNotes, setShared] = useState(meeting.sharedNotes);
  const [saved, setSaved] = useState(false);
  // Notes are typed during the meeting: each field is kept as a draft as it is typed.
  const sharedDraft = useDraft({ key: `oneToOne:${meeting.id}:sharedNotes`, memberId: meeting.memberId, value: sharedNotes, saved: meeting.sharedNotes, onRestore: setShared });
  const privateDraft = useDraft({ key: `oneToOne:${meeting.id}:privateNotes`, memberId: meeting.memberId, value: privateNotes, saved: meeting.privateNotes, onRestore: setPrivate });
  const dirty = privateNotes !== meeting.privateNotes || sharedNotes !== meeting.sharedNotes;
  const draftText = draftStatusText(sharedDraft.status, privateDraft.status);

  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <UnsavedGuard when={dirty} what="Your notes for this one-to-one" plural draftKept />
      <form
        className="o2o-notes"
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(false);
          await save.mutateAsync({ id: meeting.id, privateNotes, sharedNotes });
          await Promise.all([sharedDraft.discard(), privateDraft.discard()]);
          setSaved(true);
        }}
      >
        <div className="field">
          <label htmlFor="o2o-shared-notes">Shared notes</label>
          <p id="o2o-shared-hint" className="hint">
            Included when you export the notes for {meeting.memberName}. Kept as a draft as you type.
          </p>
          <textarea id="o2o-shared-notes" aria-describedby="o2o-shared-hint" rows={6} maxLength={NOTES_MAX} value={sharedNotes} onChange={(e) => setShared(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="o2o-private-notes">Private notes</label>
          <p id="o2o-private-hint" className="hint">
            Only for you: never exported or shared. Kept as a draft as you type.
          </p>
          <textarea id="o2o-private-notes" aria-describedby="o2o-private-hint" rows={6} maxLength={NOTES_MAX} value={privateNotes} onChange={(e) => setPrivate(e.target.value)} />
        </div>
        <ErrorMessage error={save.error} />
        <div className="form-span">
          <button type="submit" className="primary" disabled={save.isPending}>
            Save notes
          </button>{' '}
          <span role="status" className="muted">
            {dirty ? `Unsaved changes. ${draftText}` : saved ? 'Notes saved.' : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
