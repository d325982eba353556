import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import RegistrationSettingsSection from '../../../renderer/src/pages/registration/settings-section';
import { renderWithClient } from '../helpers/render';

// Typing through user-event in jsdom is slow on a busy machine; the default 5 s is too tight.
describe('registration settings', { timeout: 20_000 }, () => {
  it('edits the drift threshold within 1–104 weeks', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderWithClient(<RegistrationSettingsSection />, {
      'registration:settings': () => ({ driftWeeks: 12 }),
      'registration:updateSettings': (input) => input,
    });
    const weeks = await screen.findByLabelText('Weeks without movement before a journey is stalled');
    await waitFor(() => expect(weeks).toHaveValue(12));
    await user.clear(weeks);
    await user.type(weeks, '0');
    await user.click(screen.getByRole('button', { name: 'Save registration settings' }));
    expect(await screen.findByText('Weeks without movement before a journey is stalled must be at least 1 week')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'registration:updateSettings')).toBe(false);
    await user.clear(weeks);
    await user.type(weeks, '8');
    await user.click(screen.getByRole('button', { name: 'Save registration settings' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'registration:updateSettings')?.input).toEqual({ driftWeeks: 8 }));
  });

  it('a refresh of the saved settings (another window saved) does not overwrite what the manager is typing', async () => {
    const user = userEvent.setup({ delay: null });
    let saved = 12;
    // Stands for the app's live refresh: every query is fetched again, as when a domain says it changed.
    function Refresh() {
      const client = useQueryClient();
      return <button type="button" onClick={() => { saved = 20; void client.invalidateQueries(); }}>Refresh</button>;
    }
    const { calls } = renderWithClient(<><RegistrationSettingsSection /><Refresh /></>, {
      'registration:settings': () => ({ driftWeeks: saved }),
      'registration:updateSettings': (input) => input,
    });
    const weeks = await screen.findByLabelText('Weeks without movement before a journey is stalled');
    await waitFor(() => expect(weeks).toHaveValue(12));
    await user.clear(weeks);
    await user.type(weeks, '30');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'registration:settings')).toHaveLength(2));
    expect(weeks).toHaveValue(30);
    await user.click(screen.getByRole('button', { name: 'Save registration settings' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'registration:updateSettings')?.input).toEqual({ driftWeeks: 30 }));
  });
});
