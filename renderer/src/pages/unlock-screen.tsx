import { unlockInput } from '../../../shared/domains/system';
import { useCommand } from '../api/hooks';
import { Page } from '../components/page';
import { PassphraseForm } from './settings/passphrase-form';

/**
 * The passphrase screen. Loaded only when the workbench is locked (pages/unlock.tsx), so its form
 * libraries (react-hook-form, zod) stay out of the first chunk every start-up parses.
 */
export default function UnlockScreen() {
  const unlock = useCommand('system:unlock');
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
      </Page>
    </main>
  );
}
