import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';

interface ConfirmProps {
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/** Asks before a step that cannot be undone (closing nominations, deleting a record). */
export function ConfirmDialog({ title, description, confirmLabel, onConfirm, onCancel, busy }: ConfirmProps) {
  return (
    <Dialog title={title} description={description} onClose={onCancel}>
      <DialogActions onCancel={onCancel} focusCancel label={confirmLabel} onConfirm={onConfirm} busy={busy} />
    </Dialog>
  );
}
