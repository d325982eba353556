import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Member } from '../../../../shared/domains/team';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { saveFile } from '../../download';
import { EraseDialog } from './erase-dialog';

/** Subject access and erasure for one person, at the foot of their page. */
export default function PrivacyMemberSection({ member }: { member: Member }) {
  const [includePrivate, setIncludePrivate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [erasing, setErasing] = useState(false);
  const toast = useToast();
  const navigate = useNavigate();

  const exportPack = async () => {
    setBusy(true);
    setError(null);
    try {
      const pack = await invoke('privacy:subjectAccess', { memberId: member.id, requestId: null });
      saveFile(pack.json);
      saveFile(pack.pdf);
      toast.show(
        `Subject access pack saved: ${pack.rows} records in ${pack.tables} kinds` +
          (pack.withheldPrivateNotes ? `; ${pack.withheldPrivateNotes} private notes withheld.` : '.'),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <p>
        Export everything held about {member.name} (a subject access request) as JSON and a readable PDF, or erase them
        from the workbench entirely.
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={includePrivate} onChange={(e) => setIncludePrivate(e.target.checked)} />
        Include my private one-to-one notes
      </label>
      <ErrorMessage error={error} />
      <div className="page-actions">
        <button type="button" onClick={() => void exportPack()} disabled={busy}>
          {busy ? 'Preparing…' : 'Export subject access pack'}
        </button>
        <button type="button" className="danger" onClick={() => setErasing(true)}>
          Erase {member.name}…
        </button>
      </div>
      {erasing && (
        <EraseDialog
          member={member}
          onClose={() => setErasing(false)}
          onErased={(summary) => {
            setErasing(false);
            toast.show(summary);
            navigate('/team');
          }}
        />
      )}
    </section>
  );
}
