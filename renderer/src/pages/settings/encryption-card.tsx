import { useState } from 'react';
import { changePassphraseInput, decryptInput, encryptInput, MIN_PASSPHRASE_LENGTH } from '../../../../shared/domains/system';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { useToast } from '../../components/toasts';
import { PassphraseForm } from './passphrase-form';

type Open = 'encrypt' | 'change' | 'decrypt' | null;

const FORGOTTEN =
  'If you forget the passphrase, your data cannot be recovered: nobody, not even the app, can open it without the passphrase. Write it down and keep it somewhere safe.';

/** Encrypt the data on this computer with a passphrase, change it, or go back to plain storage. */
export function EncryptionCard() {
  const status = useChannel('system:status', {});
  const encrypt = useCommand('system:encrypt');
  const change = useCommand('system:changePassphrase');
  const decrypt = useCommand('system:decrypt');
  const [open, setOpen] = useState<Open>(null);
  const toast = useToast();
  const encrypted = status.data?.encrypted === true;
  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    toast.show(message);
  };
  const newFields = [
    { name: 'passphrase' as const, label: 'New passphrase', hint: `At least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence is easy to remember and hard to guess.`, autoComplete: 'new-password' as const },
    { name: 'confirm' as const, label: 'Confirm passphrase', autoComplete: 'new-password' as const },
  ];

  return (
    <section className="card" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">Encryption</h2>
      {encrypted ? (
        <>
          <p className="success-banner">
            Your data and its backups are encrypted. The passphrase is asked for each time the app starts and is never saved.
          </p>
          <div className="toolbar">
            <button type="button" onClick={() => setOpen('change')}>
              Change passphrase…
            </button>
            <button type="button" onClick={() => setOpen('decrypt')}>
              Remove encryption…
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Your data is stored unencrypted on this computer. Encrypt it with a passphrase so the database file and its backups cannot be read
            without it, for example on a lost laptop.
          </p>
          <button type="button" onClick={() => setOpen('encrypt')}>
            Encrypt my data…
          </button>
        </>
      )}
      {open === 'encrypt' && (
        <Dialog title="Encrypt your data" onClose={close}>
          <p className="info-banner">{FORGOTTEN}</p>
          <p>A backup is taken first. From now on the app will ask for the passphrase each time it starts.</p>
          <PassphraseForm
            ariaLabel="Encrypt your data"
            schema={encryptInput}
            fields={newFields}
            submitLabel="Encrypt my data"
            pendingLabel="Encrypting…"
            onSubmit={async (v) => {
              await encrypt.mutateAsync(v);
              done('Your data is now encrypted.');
            }}
            onCancel={close}
          />
        </Dialog>
      )}
      {open === 'change' && (
        <Dialog title="Change the passphrase" onClose={close}>
          <p className="info-banner">{FORGOTTEN}</p>
          <PassphraseForm
            ariaLabel="Change the passphrase"
            schema={changePassphraseInput}
            fields={[{ name: 'current', label: 'Current passphrase', autoComplete: 'current-password' }, ...newFields]}
            submitLabel="Change passphrase"
            pendingLabel="Changing…"
            onSubmit={async (v) => {
              await change.mutateAsync(v);
              done('The passphrase has been changed.');
            }}
            onCancel={close}
          />
        </Dialog>
      )}
      {open === 'decrypt' && (
        <Dialog title="Remove encryption?" onClose={close}>
          <p>Your data and its backups will be stored unencrypted: anyone who can read the data folder can read them.</p>
          <PassphraseForm
            ariaLabel="Remove encryption"
            schema={decryptInput}
            fields={[{ name: 'passphrase', label: 'Passphrase', autoComplete: 'current-password' }]}
            submitLabel="Remove encryption"
            pendingLabel="Removing…"
            onSubmit={async (v) => {
              await decrypt.mutateAsync(v);
              done('Encryption removed: your data is stored unencrypted.');
            }}
            onCancel={close}
          />
        </Dialog>
      )}
    </section>
  );
}
