import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NewJourneyDialog } from '../../../renderer/src/pages/registration/new-journey-dialog';
import { later, member } from '../helpers/fixtures';
import { journey } from './fixtures';
import { renderWithClient } from '../helpers/render';

const team = [member(2, 'Łukasz Żółć'), member(3, 'Siân ap Dŵr', { lineManagerId: 9, lineManagerName: 'Yusuf Zielinski' })];
/** The team arrives a moment after the dialog opens, as it does over IPC. */
const slowTeam = later(team);

describe('Team → member → Start a registration journey', () => {
  it('opens with that member chosen and starts the journey for them', async () => {
    const { calls } = renderWithClient(
      <NewJourneyDialog memberId={3} onClose={() => undefined} onCreated={() => undefined} />,
      { 'team:list': slowTeam, 'registration:createJourney': () => journey({ id: 9, memberId: 3 }) },
    );
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Team member' })).toHaveValue('3'), { timeout: 5000 });
    expect(screen.getByRole('option', { name: 'Siân ap Dŵr', selected: true })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Start journey' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('registration:createJourney'), { timeout: 5000 });
    expect(calls.find((c) => c.channel === 'registration:createJourney')?.input).toMatchObject({ memberId: 3 });
    expect(screen.queryByText(/Team member is required/)).not.toBeInTheDocument();
  });
});
