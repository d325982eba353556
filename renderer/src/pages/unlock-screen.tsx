import { unlockInput } from '../../../shared/domains/system';
import { useCommand } from '../api/hooks';
import { useEffect, useState } from 'react';
import { Page } from '../components/page';
import { BackupsCard } from './settings/backups-card';
import { PassphraseForm } from './settings/passphrase-form';

/**
 * The passphrase screen. Loaded only when the workbench is locked (pages/unlock.tsx), so its form
 * libraries (react-hook-form, zod) stay out of the first chunk every start-up parses.
 */
export default function UnlockScreen() {
  const unlock = useCommand('system:unlock');
  // A damaged plain file can look encrypted (random bytes where its header was): the way to the backups.
  const [showBackups, setShowBackups] = useState(false);
  useEffect(() => {
    if (showBackups) document.getElementById('backups-heading')?.focus();
  }, [showBackups]);
  return (
    <main className="content" id="main" style={{ maxWidth: '40rem', margin: '2rem auto' }}>
      <Page title="Unlock the workbench">
        <section className="card" aria-labelledby="unlock-heading">
          <h2 id="unlock-heading">Your data is encrypted</h2>
          <p>Enter the passphrase you chose when you encrypted the workbench. Nothing can be seen or changed until then.</p>
          <PassphraseForm
            ariaLabel="Unlock"
            schema={unlockInput}
            fields={[{ name: 'passphrase', label: 'Passphrase', autoComplete: 'current-password' }]}
            submitLabel="Unlock"
            pendingLabel="Unlocking…"
            onSubmit={(v) => unlock.mutateAsync(v)}
          />
        </section>
        <section className="card" aria-labelledby="not-encrypted-heading">
          <h2 id="not-encrypted-heading">Never encrypted this workbench?</h2>
          <p>If you never chose a passphrase, the data file may be damaged rather than encrypted.</p>
          <button type="button" aria-expanded={showBackups} onClick={() => setShowBackups((v) => !v)}>
            This may not be your encrypted workbench: restore a backup instead
          </button>
        </section>
        {showBackups && <BackupsCard locked />}
      </Page>
    </main>
  );
}
