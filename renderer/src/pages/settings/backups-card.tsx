import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/domains/system';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { describeBackup } from './backup-label';

/**
 * Back up now, and restore any kept backup after a confirmation that says what it holds. `locked`: shown on
 * the unlock screen for a store that may not really be encrypted; only plain backups can be restored there.
 */
export function BackupsCard({ locked = false }: { locked?: boolean }) {
  const backups = useChannel('system:listBackups', {});
  const backupNow = useCommand('system:backupNow');
  const restore = useCommand('system:restoreBackup');
  const [confirming, setConfirmingState] = useState<BackupInfo | null>(null);
  const setConfirming = (b: BackupInfo | null) => {
    restore.reset();
    setConfirmingState(b);
  };
  const toast = useToast();

  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading" tabIndex={-1}>
        Backups
      </h2>
      {locked ? (
        <p>
          Backups that are not encrypted can be restored without the passphrase. An encrypted backup (shown as “Cannot be read”) needs the
          workbench to be unlocked first.
        </p>
      ) : (
        <>
          <p>
            A copy of your data is taken each time the app starts, and whenever you choose <strong>Back up now</strong>. The newest 7
            copies are kept in the <code>backups</code> folder inside the data folder.
          </p>
          <button
            type="button"
            onClick={() => backupNow.mutate({}, { onSuccess: (b) => toast.show(`Backup taken: ${describeBackup(b)}.`) })}
            disabled={backupNow.isPending}
          >
            {backupNow.isPending ? 'Backing up…' : 'Back up now'}
          </button>
        </>
      )}
      <ErrorMessage error={backups.error ?? backupNow.error ?? (confirming ? null : restore.error)} />
      {backups.data?.length === 0 && <p>No backups yet.</p>}
      {backups.data && backups.data.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">Backups</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Holds</th>
              <th scope="col">Size</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {backups.data.map((b) => (
              <tr key={b.fileName}>
                <td>{describeBackup(b).split(',')[0]}</td>
                <td>{b.memberCount === null ? 'Cannot be read' : `${b.memberCount} team members`}</td>
                <td>{Math.ceil(b.sizeBytes / 1024)} KB</td>
                <td>
                  <button type="button" onClick={() => setConfirming(b)} disabled={b.memberCount === null} aria-label={`Restore the backup from ${describeBackup(b)}`}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <Dialog title="Restore this backup?" onClose={() => setConfirming(null)}>
          <p>
            Everything in the workbench will be replaced by the backup taken on <strong>{describeBackup(confirming)}</strong>.
          </p>
          {locked ? (
            <p>The file that would not unlock is not deleted: it is kept beside it in the data folder, named workbench.sqlite.damaged-….</p>
          ) : (
            <p>Your data as it is now is backed up first, so you can undo this by restoring that newer copy.</p>
          )}
          {/* A refused restore (damaged, or from a newer app) is explained where the manager is looking. */}
          <ErrorMessage error={restore.error} />
          <DialogActions
            onCancel={() => setConfirming(null)}
            cancelLabel={restore.error ? 'Close' : 'Cancel'}
            label="Restore backup"
            busy={restore.isPending}
            onConfirm={() =>
              restore.mutate(
                { fileName: confirming.fileName },
                {
                  onSuccess: (s) => {
                    setConfirming(null);
                    toast.show(`Backup restored: the workbench now holds ${s.memberCount} team members.`);
                  },
                },
              )
            }
          />
        </Dialog>
      )}
    </section>
  );
}
