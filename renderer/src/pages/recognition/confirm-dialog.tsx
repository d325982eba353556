import { Dialog } from '../../components/dialog';

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
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
