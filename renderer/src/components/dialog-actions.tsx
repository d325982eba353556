import type { ReactNode } from 'react';

interface DialogActionsProps {
  /** The primary button's words; leave it out for a footer with only the cancel button. */
  label?: ReactNode;
  /** Without it the primary button submits the form the footer sits in (Enter in a field submits too). */
  onConfirm?: () => void;
  /** A save or an action is running: the primary button is disabled and says so (`busyLabel`, if given). */
  busy?: boolean;
  busyLabel?: ReactNode;
  /** The primary button cannot be used yet (nothing chosen, file not ready). */
  disabled?: boolean;
  /** `danger` for deletions and erasure; `plain` where the action is deliberately not the highlighted one. */
  tone?: 'primary' | 'danger' | 'plain';
  /** Focus starts on the primary button when the dialog opens. */
  focusPrimary?: boolean;
  onCancel?: () => void;
  cancelLabel?: ReactNode;
  /** Focus starts on the cancel button: confirmations of something that cannot be taken back ("Keep it"). */
  focusCancel?: boolean;
  cancelDisabled?: boolean;
  /** In a form grid, the footer spans every column. */
  span?: boolean;
}

const TONE_CLASS = { primary: 'primary', danger: 'danger', plain: undefined } as const;

/**
 * The one footer of every dialog: Cancel on the left, the primary action on the right. Escape and the focus trap
 * belong to `Dialog`; here, `focusCancel`/`focusPrimary` choose where focus starts (`data-autofocus`).
 */
export function DialogActions({
  label,
  onConfirm,
  busy = false,
  busyLabel,
  disabled = false,
  tone = 'primary',
  focusPrimary,
  onCancel,
  cancelLabel = 'Cancel',
  focusCancel,
  cancelDisabled,
  span,
}: DialogActionsProps) {
  return (
    <div className={span ? 'dialog-actions form-span' : 'dialog-actions'}>
      {onCancel && (
        <button type="button" onClick={onCancel} data-autofocus={focusCancel || undefined} disabled={cancelDisabled}>
          {cancelLabel}
        </button>
      )}
      {label !== undefined && (
        <button
          type={onConfirm ? 'button' : 'submit'}
          className={TONE_CLASS[tone]}
          onClick={onConfirm}
          disabled={busy || disabled}
          aria-busy={busy || undefined}
          data-autofocus={focusPrimary || undefined}
        >
          {busy && busyLabel !== undefined ? busyLabel : label}
        </button>
      )}
    </div>
  );
}
