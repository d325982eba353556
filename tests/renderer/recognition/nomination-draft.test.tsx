import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import RecognitionRoutes from '../../../renderer/src/pages/recognition/routes';
import { fakeDrafts, renderWithClient, type FakeHandlers } from '../helpers/render';
import { openCycle, person } from './fixtures';

const base = {
  'recognition:getCycle': () => openCycle,
  'team:list': () => [person(1, 'Ada Archer'), person(2, 'Siân ap Dŵr'), person(3, 'Cy Carter')],
} satisfies FakeHandlers;
const WAIT = { timeout: 5000 };

describe('a nomination reason keeps a draft', { timeout: 20_000 }, () => {
  it('saves the reason as it is typed, for the nominee, and says so', async () => {
    const drafts = fakeDrafts();
    const { calls } = renderWithClient(<RecognitionRoutes />, { ...base, ...drafts.handlers }, '/cycles/5');
    const form = await screen.findByRole('form', { name: 'Add a nomination' });
    await userEvent.selectOptions(within(form).getByLabelText('Nominee'), 'Siân ap Dŵr');
    await userEvent.type(within(form).getByLabelText('Reason'), 'Ran the Welsh rhyme time');
    await waitFor(() => expect(drafts.store.get('nomination:new:5:reason')).toBe('Ran the Welsh rhyme time'), WAIT);
    expect(within(form).getByText(/Draft saved\./)).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'drafts:save').at(-1)?.input).toMatchObject({ memberId: 2 });
  });

  it('puts the reason back when the cycle is opened again', async () => {
    const drafts = fakeDrafts({ 'nomination:new:5:reason': 'Typed before the reload' });
    renderWithClient(<RecognitionRoutes />, { ...base, ...drafts.handlers }, '/cycles/5');
    const form = await screen.findByRole('form', { name: 'Add a nomination' });
    await waitFor(() => expect(within(form).getByLabelText('Reason')).toHaveValue('Typed before the reload'), WAIT);
    expect(within(form).getByText(/Draft restored: not yet saved to the record\./)).toBeInTheDocument();
  });

  it('leaving the page and coming back puts back who the nomination is for, who nominated and the category, not only the reason', async () => {
    const drafts = fakeDrafts();
    const first = renderWithClient(<RecognitionRoutes />, { ...base, ...drafts.handlers }, '/cycles/5');
    let form = await screen.findByRole('form', { name: 'Add a nomination' });
    await userEvent.selectOptions(within(form).getByLabelText('Nominee'), 'Siân ap Dŵr');
    await userEvent.selectOptions(within(form).getByLabelText('Nominated by'), 'Ada Archer');
    await userEvent.selectOptions(within(form).getByLabelText('Category'), 'Teamwork');
    await userEvent.type(within(form).getByLabelText('Reason'), 'Ran the Welsh rhyme time');
    await waitFor(() => expect(drafts.store.get('nomination:new:5:reason')).toBe('Ran the Welsh rhyme time'), WAIT);
    await waitFor(() => expect(within(form).getByText(/Draft saved\./)).toBeInTheDocument(), WAIT);
    first.unmount();

    // After a reload the team list may arrive after the drafts: the nominee still comes back.
    const slowTeam = () => new Promise<ReturnType<typeof base['team:list']>>((resolve) => setTimeout(() => resolve(base['team:list']()), 300));
    renderWithClient(<RecognitionRoutes />, { ...base, ...drafts.handlers, 'team:list': slowTeam }, '/cycles/5');
    form = await screen.findByRole('form', { name: 'Add a nomination' });
    await waitFor(() => expect(within(form).getByLabelText('Reason')).toHaveValue('Ran the Welsh rhyme time'), WAIT);
    await waitFor(() => expect(within(form).getByLabelText('Nominee')).toHaveDisplayValue('Siân ap Dŵr'), WAIT);
    expect(within(form).getByLabelText('Nominated by')).toHaveDisplayValue('Ada Archer');
    expect(within(form).getByLabelText('Category')).toHaveDisplayValue('Teamwork');
  });
});
