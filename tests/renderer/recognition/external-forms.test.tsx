import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Award, AwardNomination, AwardNominationInput } from '../../../shared/domains/recognition-external';
import { AwardNominationForm } from '../../../renderer/src/pages/recognition/award-forms';
import { renderWithClient } from '../helpers/render';
import { person } from './fixtures';

const award = (id: number, name: string, over: Partial<Award> = {}): Award => ({
  id,
  name,
  organiser: 'Organiser',
  category: '',
  eligibility: '',
  url: '',
  windowOpens: '',
  windowCloses: '',
  source: 'https://example.org/award',
  lastChecked: '2026-11-30',
  everyYears: 1,
  status: 'active',
  nominationCount: 0,
  ...over,
});
/** What the main process answers to a recorded nomination: the input with its id and names. */
const recorded = (input: AwardNominationInput): AwardNomination => ({
  id: 40, awardName: awards.find((a) => a.id === input.awardId)?.name ?? '', memberName: null, ...input,
});

const awards = [
  award(1, 'I Love My Librarian Award', { eligibility: 'Librarians working in the United States. UK staff are not eligible.' }),
  award(2, 'Libraries Change Lives Award', { status: 'possibly_discontinued' }),
  award(3, 'Libraries Connected Awards', { eligibility: 'Public library staff in England, Wales and Northern Ireland.' }),
];

describe('recording an external nomination', { timeout: 20_000 }, () => {
  it('has no silent defaults: an empty submit records nothing and says what is missing', async () => {
    const sent: AwardNominationInput[] = [];
    renderWithClient(
      <AwardNominationForm awards={awards} members={[person(1, 'Siân ap Dŵr')]} today="2026-11-30" onClose={vi.fn()} />,
      { 'recognition:createAwardNomination': (input) => (sent.push(input), recorded(input)) },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Record an external nomination' });
    expect(within(dialog).getByLabelText('Award')).toHaveValue('');
    expect(within(dialog).getByLabelText('Nominee')).toHaveValue('');
    expect(within(dialog).getByLabelText('Deadline')).toHaveValue('');
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Record nomination' }));
    expect(await within(dialog).findByText('Award is required: choose the award')).toBeInTheDocument();
    expect(within(dialog).getByText('Nominee is required: choose a person, or the team or service')).toBeInTheDocument();
    expect(within(dialog).getByText("Deadline is required: the organiser's closing date")).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('records the team only when chosen, shows the chosen award\'s eligibility and marks an award that may have ended', async () => {
    const sent: AwardNominationInput[] = [];
    renderWithClient(
      <AwardNominationForm awards={awards} members={[person(1, 'Siân ap Dŵr')]} today="2026-11-30" onClose={vi.fn()} />,
      { 'recognition:createAwardNomination': (input) => (sent.push(input), recorded(input)) },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Record an external nomination' });
    const user = userEvent.setup();
    expect(within(dialog).getByRole('option', { name: 'Libraries Change Lives Award (possibly discontinued)' })).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Award'), 'Libraries Connected Awards');
    expect(within(dialog).getByText('Public library staff in England, Wales and Northern Ireland.')).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Nominee'), 'The team or service as a whole');
    await user.type(within(dialog).getByLabelText('Deadline'), '2027-01-08');
    await user.click(within(dialog).getByRole('button', { name: 'Record nomination' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ awardId: 3, memberId: null, year: 2026, deadline: '2027-01-08', status: 'planned', submittedOn: null, notes: '' });
  });
});
