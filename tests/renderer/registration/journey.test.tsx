import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithClient } from '../helpers/render';
import { App, journey, status, words } from './fixtures';

const route = '/registration/journeys/1';

// Typing through user-event in jsdom is slow on a busy machine; the default 5 s is too tight.
describe('journey screen', { timeout: 20_000 }, () => {
  it('moves to the next stage by its accessible name', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderWithClient(
      <App />,
      { 'registration:journey': () => journey(), 'registration:changeStage': () => journey({ stage: 'portfolio_assembly' }), 'system:status': status },
      route,
    );
    await user.click(await screen.findByRole('button', { name: 'Move to next stage (Portfolio assembly)' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'registration:changeStage')?.input).toEqual({
        id: 1, stage: 'portfolio_assembly', enteredOn: '2026-11-23', reason: '',
      }),
    );
  });

  it('shows the reason error from the app beside the Reason field when moving back', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithClient(
      <App />,
      {
        'registration:journey': () => journey(),
        'registration:changeStage': () => {
          throw { code: 'VALIDATION', message: 'reason is required when moving back to an earlier stage', field: 'reason' };
        },
        'system:status': status,
      },
      route,
    );
    await user.selectOptions(await screen.findByLabelText('New stage'), 'enrolled');
    expect(screen.getByText('Required: this moves the journey back to an earlier stage.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record stage change' }));
    expect(await screen.findByText('Reason is required when moving back to an earlier stage')).toBeInTheDocument();
    expect(screen.getByLabelText('Reason')).toHaveAttribute('aria-invalid', 'true');
  });

  it('counts the evaluative statement live against 1,000 words and shows warnings', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithClient(
      <App />,
      { 'registration:journey': () => journey({ warnings: ["The mentor is Zoë's line manager."] }), 'system:status': status },
      route,
    );
    const draft = await screen.findByLabelText('Evaluative statement draft');
    await user.click(draft);
    await user.paste(words(1001));
    expect(screen.getByText(/1,001 of 1,000 words/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Over the 1000-word limit by 1.');
    expect(screen.getByRole('note', { name: 'Warnings' })).toHaveTextContent("Warning: The mentor is Zoë's line manager.");
    expect(screen.getByRole('link', { name: 'Initial PKSB and reassessment' })).toHaveAttribute('href', '/skills/members/2');
  });
});
