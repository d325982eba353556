import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BackupsCard } from '../../../renderer/src/pages/settings/backups-card';
import { renderWithClient } from '../helpers/render';

const backup = { fileName: 'workbench-20261122T090000Z.sqlite', createdAt: '2026-11-22T09:00:00Z', sizeBytes: 655_360, memberCount: 12 };
const REFUSAL =
  'The backup workbench-20261122T090000Z.sqlite was saved by a newer version of Staff Development Workbench (schema 99; this app knows up to 13). Nothing has been changed: your current data is still open. Update the app to restore it.';

describe('Settings → Backups: a refused restore', () => {
  it('explains the refusal inside the confirmation dialog, where the manager is looking', async () => {
    const user = userEvent.setup();
    renderWithClient(<BackupsCard />, {
      'system:listBackups': () => [backup],
      'system:restoreBackup': () => {
        throw { code: 'UNSUPPORTED', message: REFUSAL, field: 'fileName' };
      },
    });
    await user.click(await screen.findByRole('button', { name: /Restore the backup from/ }, { timeout: 5000 }));
    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore backup' }));
    expect(await within(dialog).findByText(/Nothing has been changed: your current data is still open/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText(/Nothing has been changed/), 'closing the dialog clears the old refusal').toBeNull();
  });
});
