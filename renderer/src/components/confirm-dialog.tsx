import { Dialog } from './dialog';
import { DialogActions } from './dialog-actions';

interface ConfirmProps {
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** `danger` for deletions. */
  tone?: 'primary' | 'danger';
}

/** The app's own "are you sure?": asks before a step that cannot be undone. Focus starts on Cancel. */
export function ConfirmDialog({ title, description, confirmLabel, onConfirm, onCancel, busy, tone = 'primary' }: ConfirmProps) {
  return (
    <Dialog title={title} description={description} onClose={onCancel}>
      <DialogActions onCancel={onCancel} focusCancel label={confirmLabel} onConfirm={onConfirm} busy={busy} tone={tone} />
    </Dialog>
  );
}
