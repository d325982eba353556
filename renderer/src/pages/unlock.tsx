import type { ReactNode } from 'react';
import { unlockInput } from '../../../shared/domains/system';
import { useChannel, useCommand } from '../api/hooks';
import { Loading, Page } from '../components/page';
import { PassphraseForm } from './settings/passphrase-form';

/** An encrypted workbench shows nothing but this screen until the passphrase is given. */
export function LockGate({ children }: { children: ReactNode }) {
  const status = useChannel('system:status', {});
  if (status.isPending) return <Loading />;
  if (status.data?.locked) return <UnlockScreen />;
  return <>{children}</>;
}

function UnlockScreen() {
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
