import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RecoveryNotice } from '../../../renderer/src/pages/recovery-notice';
import { fakeStatus, renderWithClient } from '../helpers/render';

const notice = {
  kind: 'damaged-database' as const,
  message: 'The workbench file was damaged and has been moved aside.',
  movedTo: 'workbench.sqlite.damaged-20261123T100000Z',
  newestBackup: { fileName: 'workbench-20261122T180000Z.sqlite', createdAt: '2026-11-22T18:00:00.000Z', sizeBytes: 4096, memberCount: 12 },
};

describe('the damaged-database notice', { timeout: 20_000 }, () => {
  it('Escape puts the notice aside without settling it: the way back to the backup is not given up', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderWithClient(<RecoveryNotice />, {
      'system:status': () => fakeStatus({ notice }),
      'system:dismissNotice': () => fakeStatus(),
    });
    expect(await screen.findByRole('dialog', { name: 'Your data could not be opened' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.some((c) => c.channel === 'system:dismissNotice')).toBe(false);
  });

  it('"Start with an empty workbench" is the answer that settles it', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderWithClient(<RecoveryNotice />, {
      'system:status': () => fakeStatus({ notice }),
      'system:dismissNotice': () => fakeStatus(),
    });
    await user.click(await screen.findByRole('button', { name: 'Start with an empty workbench' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'system:dismissNotice')).toBe(true));
  });
});
