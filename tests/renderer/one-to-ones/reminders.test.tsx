import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MeetingReminder } from '../../../shared/domains/one-to-one-series';
import { AppShell } from '../../../renderer/src/app-shell';
import { MeetingReminders } from '../../../renderer/src/pages/one-to-ones/reminders';
import { fakeStatus, renderWithClient } from '../helpers/render';

const reminder: MeetingReminder = {
  meetingId: 7,
  memberName: 'Siân ap Dŵr',
  scheduledAt: '2026-11-23T10:00:00.000Z',
  title: 'One-to-one with Siân ap Dŵr at 10:00',
  body: 'Starts in 15 minutes · Ystafell 2',
};

describe('reminders before a one-to-one', () => {
  it('in the browser, a reminder the main process hands over is an in-app message with a way to the meeting', async () => {
    renderWithClient(<AppShell><MeetingReminders /></AppShell>, { 'oneToOnes:takeReminders': () => [reminder] });
    expect(await screen.findByText('One-to-one with Siân ap Dŵr at 10:00. Starts in 15 minutes · Ystafell 2.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the one-to-one' })).toBeInTheDocument();
  });

  it('in the desktop app the OS notification is the reminder: no second message in the window', async () => {
    let asked = 0;
    renderWithClient(<AppShell><MeetingReminders /></AppShell>, {
      'system:status': () => fakeStatus({ transport: 'electron' }),
      'oneToOnes:takeReminders': () => {
        asked += 1;
        return [reminder];
      },
    });
    await waitFor(() => expect(asked).toBe(1));
    expect(screen.queryByText(/One-to-one with Siân ap Dŵr/)).not.toBeInTheDocument();
  });
});
