import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithClient } from '../helpers/render';
import { App, journey, status, words } from './fixtures';
import { mainError } from '../helpers/main-error';

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

  it('says when the candidate’s planned submission date has passed without a submission', async () => {
    renderWithClient(<App />, { 'registration:journey': () => journey({ plannedSubmissionOn: '2026-10-01' }), 'system:status': status }, route);
    const facts = await screen.findByRole('region', { name: 'Journey' });
    await waitFor(() => expect(facts).toHaveTextContent('01/10/2026 Passed 7 weeks ago, not submitted'));
  });

  it('does not call a planned date passed once the portfolio is submitted, or while it is still ahead', async () => {
    const { unmount } = renderWithClient(
      <App />, { 'registration:journey': () => journey({ plannedSubmissionOn: '2026-10-01', stage: 'submitted' }), 'system:status': status }, route,
    );
    expect(await screen.findByRole('region', { name: 'Journey' })).toHaveTextContent('Planned submission01/10/2026');
    expect(screen.queryByText(/not submitted/)).toBeNull();
    unmount();
    renderWithClient(<App />, { 'registration:journey': () => journey({ plannedSubmissionOn: '2026-11-30' }), 'system:status': status }, route);
    expect(await screen.findByRole('region', { name: 'Journey' })).toHaveTextContent('Planned submission30/11/2026');
    expect(screen.queryByText(/not submitted/)).toBeNull();
  });

  it('asks before skipping a stage, showing what the skipped stage normally holds', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderWithClient(
      <App />,
      { 'registration:journey': () => journey(), 'registration:changeStage': () => journey({ stage: 'submitted' }), 'system:status': status },
      route,
    );
    await user.selectOptions(await screen.findByLabelText('New stage'), 'submitted');
    await user.click(screen.getByRole('button', { name: 'Record stage change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skip a stage?' });
    expect(dialog).toHaveTextContent('from Gathering evidence straight to Submitted');
    expect(dialog).toHaveTextContent('Portfolio assembly');
    expect(dialog).toHaveTextContent('evaluative statement (up to 1,000 words)');
    expect(calls.some((c) => c.channel === 'registration:changeStage')).toBe(false);
    // "Go back" records nothing; confirming records the move.
    await user.click(screen.getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'registration:changeStage')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Record stage change' }));
    await user.click(await screen.findByRole('button', { name: 'Skip and record Submitted' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'registration:changeStage')?.input).toMatchObject({ stage: 'submitted' }));
  });

  it('shows the Fellowship portfolio checklist with who wrote each letter of support, and the evidence hint', async () => {
    const user = userEvent.setup({ delay: null });
    const portfolio = [
      { item: 'annotated_cv' as const, label: 'Annotated CV', doneOn: '2026-10-01', note: '' },
      { item: 'letter_of_support_mentor' as const, label: 'Letter of support from the mentor', doneOn: null, note: '' },
    ];
    const { calls } = renderWithClient(
      <App />,
      {
        'registration:journey': () =>
          journey({ level: 'fellowship', portfolio, evidenceHint: '0 evidence items so far. CILIP sets no fixed number; 12–15 items is common advice.' }),
        'registration:setPortfolioItem': () => journey({ level: 'fellowship', portfolio }),
        'system:status': status,
      },
      route,
    );
    expect(await screen.findByText('What a Fellowship (FCLIP) portfolio holds: 1 of 2 ready.')).toBeInTheDocument();
    expect(screen.getByText(/12–15 items is common advice/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Who wrote it: Letter of support from the mentor'), 'Łukasz Żółć');
    await user.click(screen.getByRole('checkbox', { name: 'Letter of support from the mentor' }));
    await waitFor(() =>
      // Leaving the name box saves the name; the tick then records the letter as ready.
      expect(calls.filter((c) => c.channel === 'registration:setPortfolioItem').at(-1)?.input).toEqual({
        journeyId: 1, item: 'letter_of_support_mentor', done: true, note: 'Łukasz Żółć',
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
          throw mainError({ code: 'VALIDATION', field: 'reason', rule: 'is required when moving back to an earlier stage', key: 'required' });
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
