import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../renderer/src/components/dialog';
import { DialogActions } from '../../../renderer/src/components/dialog-actions';

function FormDialog({ onSave, onClose, busy = false }: { onSave: (name: string) => void; onClose: () => void; busy?: boolean }) {
  const [name, setName] = useState('');
  return (
    <Dialog title="Add member" onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); onSave(name); }}>
        <label htmlFor="n">Name</label>
        <input id="n" value={name} onChange={(e) => setName(e.target.value)} />
        <DialogActions onCancel={onClose} label="Add member" busy={busy} busyLabel="Adding…" span />
      </form>
    </Dialog>
  );
}

describe('DialogActions: the one dialog footer', () => {
  it('Cancel then the primary button; Enter in a field submits the form; Escape and Cancel close', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const onClose = vi.fn();
    render(<FormDialog onSave={onSave} onClose={onClose} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Cancel', 'Add member']);
    expect(buttons[1]).toHaveClass('primary');
    await user.type(screen.getByLabelText('Name'), 'Łukasz Żółć{Enter}');
    expect(onSave).toHaveBeenCalledWith('Łukasz Żółć');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('while busy the primary button is disabled and says what is happening', () => {
    render(<FormDialog onSave={vi.fn()} onClose={vi.fn()} busy />);
    const primary = screen.getByRole('button', { name: 'Adding…' });
    expect(primary).toBeDisabled();
    expect(primary).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('a destructive confirmation starts on "Keep it" and its action is a danger button that does not submit', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <Dialog title="Delete this entry?" onClose={vi.fn()}>
        <form onSubmit={onSubmit}>
          <DialogActions onCancel={vi.fn()} cancelLabel="Keep it" focusCancel label="Delete" tone="danger" onConfirm={onConfirm} />
        </form>
      </Dialog>,
    );
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
    const del = screen.getByRole('button', { name: 'Delete' });
    expect(del).toHaveClass('danger');
    await user.click(del);
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a footer with only a cancel button (nothing to confirm) has one button', () => {
    render(<DialogActions onCancel={vi.fn()} cancelLabel="Close" />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Close']);
  });
});
