import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import RecognitionRoutes from '../../../renderer/src/pages/recognition/routes';
import { fakeStatus, renderWithClient, type FakeHandlers } from '../helpers/render';
import { openCycle, person } from './fixtures';

const handlers = (nominate: NonNullable<FakeHandlers['recognition:nominate']>): FakeHandlers => ({
  'recognition:getCycle': () => openCycle,
  'team:list': () => [person(1, 'Ada Archer'), person(2, 'Bo Baker'), person(3, 'Cy Carter')],
  'system:status': () => fakeStatus({ today: '2026-11-23' }),
  'recognition:nominate': nominate,
});

// Typing into the form character by character is slow in jsdom.
describe('cycle page', { timeout: 20_000 }, () => {
  it('shows SSMART suggestions while typing and who the cooldown blocks', async () => {
    renderWithClient(<RecognitionRoutes />, handlers(() => {
      throw { code: 'INTERNAL', message: 'This test does not nominate.' };
    }), '/cycles/5');
    const form = await screen.findByRole('form', { name: 'Add a nomination' });
    expect(screen.getByRole('region', { name: 'Cannot be nominated this cycle' })).toHaveTextContent('Cooldown rule: Cy Carter won');
    expect(within(form).getByRole('option', { name: 'Cy Carter (cooldown)' })).toBeDisabled();

    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('Reason'), 'Great job, always a team player');
    const hints = within(form).getByRole('list', { name: 'SSMART suggestions for this reason' });
    expect(hints).toHaveTextContent('Specific (suggestion): Name a concrete action');
    expect(hints).toHaveTextContent('Timely (suggestion)');

    await user.clear(within(form).getByLabelText('Reason'));
    await user.type(within(form).getByLabelText('Reason'), 'On 12/11/2026 she stayed late to help a reader recover a lost thesis, so that he could submit on time.');
    expect(within(form).getByText('SSMART check: all five look good.')).toBeInTheDocument();
  });

  it('puts a rule breach from the server on the Nominee field, and checks the minimum length first', async () => {
    const sent: unknown[] = [];
    renderWithClient(
      <RecognitionRoutes />,
      handlers((input) => {
        sent.push(input);
        throw { code: 'FORBIDDEN', message: 'Self-nomination rule: Star of the month does not allow people to nominate themselves.', field: 'nomineeId' };
      }),
      '/cycles/5',
    );
    const form = await screen.findByRole('form', { name: 'Add a nomination' });
    const user = userEvent.setup();
    await user.selectOptions(within(form).getByLabelText('Nominee'), 'Ada Archer');
    await user.selectOptions(within(form).getByLabelText('Nominated by'), 'Ada Archer');
    await user.type(within(form).getByLabelText('Reason'), 'Too short');
    await user.click(within(form).getByRole('button', { name: 'Add nomination' }));
    expect(await within(form).findByText('Reason must be at least 30 characters')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(within(form).getByLabelText('Reason'), ' but now long enough to send to the server.');
    await user.click(within(form).getByRole('button', { name: 'Add nomination' }));
    await waitFor(() => expect(within(form).getByText(/^Self-nomination rule/)).toBeInTheDocument());
    expect(within(form).getByLabelText('Nominee')).toHaveAttribute('aria-invalid', 'true');
    expect(sent[0]).toMatchObject({ cycleId: 5, nomineeId: 1, nominatorId: 1, category: 'Customer service' });
  });
});
