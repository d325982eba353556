import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CycleDetail, Nomination } from '../../../shared/domains/recognition';
import { DecideForm, VoteForm } from '../../../renderer/src/pages/recognition/cycle-actions';
import { renderWithClient } from '../helpers/render';
import { openCycle, person, scheme } from './fixtures';

const nomination = (id: number, nomineeId: number, nomineeName: string, votes = 0): Nomination => ({
  id,
  cycleId: 5,
  nomineeId,
  nomineeName,
  nomineeLeftOn: null,
  nominatorId: null,
  nominatorName: 'Manager',
  nominatorHidden: false,
  category: 'Teamwork',
  reason: 'Covered the desk on 12/11/2026 so that the homework club could run.',
  evidence: '',
  nominatedOn: '2026-11-12',
  shortlisted: true,
  votes,
  hints: [],
});

const people = [person(1, 'Siân ap Dŵr'), person(2, 'Łukasz Żółć'), person(3, 'Ada Archer')];

const voting = (over: Partial<CycleDetail> = {}): CycleDetail => ({
  ...openCycle,
  scheme: { ...scheme, decidedBy: 'panel', panelMemberIds: [1, 2] },
  cycle: { ...openCycle.cycle, status: 'shortlisted', nominationCount: 2 },
  nominations: [nomination(11, 1, 'Siân ap Dŵr'), nomination(12, 3, 'Ada Archer')],
  blocked: [],
  ...over,
});

describe('voting form', () => {
  it('offers only the named panel as voters, and never a voter\'s own nomination', async () => {
    renderWithClient(<VoteForm detail={voting()} members={people} />, {});
    const form = await screen.findByRole('form', { name: 'Record a vote' });
    const voter = within(form).getByLabelText('Panel member voting');
    expect(within(voter).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose who is voting…', 'Siân ap Dŵr', 'Łukasz Żółć']);
    await userEvent.setup().selectOptions(voter, 'Siân ap Dŵr');
    const choices = within(within(form).getByLabelText('Vote for')).getAllByRole('option').map((o) => o.textContent);
    expect(choices).toEqual(['Choose a shortlisted nomination…', 'Ada Archer (Teamwork)']);
  });

  it('lets the whole team vote in a team vote', async () => {
    renderWithClient(<VoteForm detail={voting({ scheme: { ...scheme, decidedBy: 'team_vote', panelMemberIds: [] } })} members={people} />, {});
    expect(within(await screen.findByLabelText('Voter')).getAllByRole('option')).toHaveLength(4);
  });

  it('says what the tie is and which rule will decide it before the manager counts the votes', async () => {
    const tallyExplanation = 'Tie: Siân ap Dŵr and Ada Archer had 1 vote each. Rule: earliest nomination wins decided it for Siân ap Dŵr (nominated 12/11/2026, recorded first that day).';
    renderWithClient(<DecideForm detail={voting({ scheme: { ...scheme, tieBreak: 'earliest_nomination', panelMemberIds: [1, 2] }, tallyExplanation })} />, {});
    const form = await screen.findByRole('form', { name: 'Decide the winner' });
    expect(within(form).getByRole('status')).toHaveTextContent(tallyExplanation);
  });

  it('leaves someone who has left the team out of the vote and the manager\'s choice', async () => {
    const left = { ...nomination(12, 3, 'Ada Archer'), nomineeLeftOn: '2026-11-20' };
    renderWithClient(<VoteForm detail={voting({ nominations: [nomination(11, 1, 'Siân ap Dŵr'), left] })} members={people} />, {});
    const form = await screen.findByRole('form', { name: 'Record a vote' });
    await userEvent.setup().selectOptions(within(form).getByLabelText('Panel member voting'), 'Łukasz Żółć');
    expect(within(within(form).getByLabelText('Vote for')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a shortlisted nomination…', 'Siân ap Dŵr (Teamwork)']);
    renderWithClient(<DecideForm detail={voting({ scheme: { ...scheme, decidedBy: 'manager' }, nominations: [nomination(11, 1, 'Siân ap Dŵr'), left] })} />, {});
    const decide = await screen.findByRole('form', { name: 'Decide the winner' });
    expect(within(decide).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose the winning nomination…', 'Siân ap Dŵr (Teamwork)']);
  });
});
