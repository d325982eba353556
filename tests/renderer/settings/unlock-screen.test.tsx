import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import UnlockScreen from '../../../renderer/src/pages/unlock-screen';
import { renderWithClient } from '../helpers/render';

const plain = { fileName: 'workbench-20261122T090000Z.sqlite', createdAt: '2026-11-22T09:00:00Z', sizeBytes: 655_360, memberCount: 12 };
const encrypted = { fileName: 'workbench-20261121T090000Z.sqlite', createdAt: '2026-11-21T09:00:00Z', sizeBytes: 655_360, memberCount: null };

describe('Unlock screen: a store that may not really be encrypted', () => {
  it('offers the backups, and restores a plain one without the passphrase', async () => {
    const user = userEvent.setup();
    const restored: string[] = [];
    renderWithClient(<UnlockScreen />, {
      'system:listBackups': () => [plain, encrypted],
      'system:restoreBackup': ({ fileName }: { fileName: string }) => {
        restored.push(fileName);
        return {
          version: '0.1.0', schemaVersion: 16, dataDir: '/data', databaseFile: '/data/workbench.sqlite', memberCount: 12,
          needsOnboarding: false, today: '2026-11-30', transport: 'web' as const, notice: null, encrypted: false, locked: false,
        };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'This may not be your encrypted workbench: restore a backup instead' }));
    const list = await screen.findByRole('table', { name: 'Backups' }, { timeout: 5000 });
    expect(screen.getByRole('heading', { name: 'Backups' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Back up now' }), 'no backup of a store that cannot be opened').toBeNull();
    const rows = within(list).getAllByRole('row');
    expect(within(rows[2]!).getByRole('button', { name: /Restore the backup/ })).toBeDisabled();
    await user.click(within(rows[1]!).getByRole('button', { name: /Restore the backup/ }));
    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' });
    expect(within(dialog).getByText(/kept beside it in the data folder/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Restore backup' }));
    await expect.poll(() => restored).toEqual([plain.fileName]);
  });
});
