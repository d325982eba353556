import { useState } from 'react';
import { useChannel, useCommand } from '../api/hooks';
import { Dialog } from '../components/dialog';
import { DialogActions } from '../components/dialog-actions';
import { ErrorMessage } from '../components/page';
import { describeBackup } from './settings/backup-label';

/**
 * Tells the manager plainly when the database was damaged and offers the newest good backup.
 * Only an answer (restore, or start empty) settles it; Escape or the close button just puts it
 * aside until the next start, so a stray key press never loses the way back to the backup.
 */
export function RecoveryNotice() {
  const status = useChannel('system:status', {});
  const restore = useCommand('system:restoreBackup');
  const dismiss = useCommand('system:dismissNotice');
  const [setAside, setSetAside] = useState(false);
  const notice = status.data?.notice;
  if (!notice || setAside) return null;
  const backup = notice.newestBackup;
  return (
    <Dialog title="Your data could not be opened" onClose={() => setSetAside(true)} description={notice.message}>
      {backup && <p>The newest good backup was taken on {describeBackup(backup)}.</p>}
      <p className="hint">Closing this asks again at the next start; backups stay listed in Settings.</p>
      <ErrorMessage error={restore.error ?? dismiss.error} />
      <DialogActions
        onCancel={() => dismiss.mutate({})}
        cancelLabel={backup ? 'Start with an empty workbench' : 'Continue'}
        label={backup ? 'Restore the newest backup' : undefined}
        onConfirm={() => backup && restore.mutate({ fileName: backup.fileName })}
        busy={restore.isPending}
        focusPrimary
      />
    </Dialog>
  );
}
