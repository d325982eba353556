import { useState } from 'react';
import type { Meeting } from '../../../../shared/domains/one-to-ones';
import { NOTES_MAX } from '../../../../shared/domains/one-to-ones';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';

/** Private notes stay with the manager; shared notes are what the member gets in the export. */
export function NotesSection({ meeting }: { meeting: Meeting }) {
  const save = useCommand('oneToOnes:saveNotes');
  const [privateNotes, setPrivate] = useState(meeting.privateNotes);
  const [sharedNotes, setShared] = useState(meeting.sharedNotes);
  const [saved, setSaved] = useState(false);
  const dirty = privateNotes !== meeting.privateNotes || sharedNotes !== meeting.sharedNotes;

  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <form
        className="o2o-notes"
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(false);
          await save.mutateAsync({ id: meeting.id, privateNotes, sharedNotes });
          setSaved(true);
        }}
      >
        <div className="field">
          <label htmlFor="o2o-shared-notes">Shared notes</label>
          <p id="o2o-shared-hint" className="hint">
            Included when you export the notes for {meeting.memberName}.
          </p>
          <textarea id="o2o-shared-notes" aria-describedby="o2o-shared-hint" rows={6} maxLength={NOTES_MAX} value={sharedNotes} onChange={(e) => setShared(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="o2o-private-notes">Private notes</label>
          <p id="o2o-private-hint" className="hint">
            Only for you: never exported or shared.
          </p>
          <textarea id="o2o-private-notes" aria-describedby="o2o-private-hint" rows={6} maxLength={NOTES_MAX} value={privateNotes} onChange={(e) => setPrivate(e.target.value)} />
        </div>
        <ErrorMessage error={save.error} />
        <div className="form-span">
          <button type="submit" className="primary" disabled={save.isPending}>
            Save notes
          </button>{' '}
          <span role="status" className="muted">
            {dirty ? 'Unsaved changes' : saved ? 'Notes saved.' : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
