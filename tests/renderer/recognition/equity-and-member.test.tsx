import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EquityReport, MemberHistory } from '../../../shared/domains/recognition-reports';
import MemberSection from '../../../renderer/src/pages/recognition/member-section';
import EquityPage from '../../../renderer/src/pages/recognition/equity-page';
import { renderWithClient } from '../helpers/render';
import { person } from './fixtures';

const report: EquityReport = {
  from: '2025-11-23',
  to: '2026-11-23',
  totalNominations: 12,
  totalWins: 10,
  dimensions: [
    { dimension: 'grade', groups: [{ group: 'Band 3', members: 8, nominations: 4, wins: 2, neverNominated: 5 }, { group: 'Band 6', members: 2, nominations: 8, wins: 8, neverNominated: 0 }] },
    { dimension: 'team', groups: [] },
    { dimension: 'hours', groups: [{ group: 'Full time', members: 6, nominations: 10, wins: 9, neverNominated: 1 }, { group: 'Part time', members: 4, nominations: 2, wins: 1, neverNominated: 4 }] },
    { dimension: 'employmentType', groups: [] },
  ],
  neverNominated: [{ id: 9, name: 'Una Underhill', team: 'Eastgate', grade: 'Band 3' }],
  flags: [
    { dimension: 'grade', group: 'Band 6', key: 'minorityHoldsMostWins', wins: 8, totalWins: 10, members: 2, totalMembers: 10, memberShare: 0.2 },
    { dimension: 'employmentType', group: 'fixed_term', key: 'minorityHoldsMostWins', wins: 6, totalWins: 10, members: 1, totalMembers: 10, memberShare: 0.1 },
  ],
  winners: [
    { memberId: 4, name: 'Siân ap Dŵr', team: 'Riverside', grade: 'Band 6', wins: 3, nominations: 4, won: ['Star of the month: October 2026', 'Star of the month: June 2026', 'Star of the month: March 2026'] },
    { memberId: 5, name: 'Łukasz Żółć', team: 'Central', grade: 'Band 3', wins: 1, nominations: 1, won: ['Star of the month: May 2026'] },
  ],
};

describe('equity view', () => {
  it('states flags in words and gives every chart a table', async () => {
    renderWithClient(<EquityPage />, { 'recognition:equity': () => report });
    expect(await screen.findByText('Band 6 holds 8 of 10 wins (80%) but is 2 of 10 people (20% of the team).', { exact: false })).toBeInTheDocument();
    // The flag is worded from its figures, the group named as the screen names it (not its stored code).
    expect(screen.getByText('Fixed term holds 6 of 10 wins (60%) but is 1 of 10 people (10% of the team).', { exact: false })).toBeInTheDocument();
    expect(screen.queryByText(/fixed_term/)).toBeNull();
    const table = screen.getByRole('table', { name: 'By grade / band' });
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
    // People, nominations, wins, never nominated.
    expect(cells(within(table).getByRole('row', { name: /Band 6/ }))).toEqual(['2', '8', '8', '0']);
    await userEvent.setup().selectOptions(screen.getByLabelText('Group by'), 'Full time or part time');
    const hours = screen.getByRole('table', { name: 'By full time or part time' });
    expect(cells(within(hours).getByRole('row', { name: /Part time/ }))).toEqual(['4', '2', '1', '4']);
    expect(screen.getByRole('link', { name: 'Una Underhill' })).toHaveAttribute('href', '/team/9');
  });

  it('shows wins per person, naming repeat winners in words and what they won', async () => {
    renderWithClient(<EquityPage />, { 'recognition:equity': () => report });
    const table = await screen.findByRole('table', { name: 'Wins per person' });
    expect(screen.getByText(/1 person has won 2 or more times in the last 12 months/)).toBeInTheDocument();
    const sian = within(table).getByRole('row', { name: /Siân ap Dŵr/ });
    expect(sian).toHaveTextContent('3 (repeat winner)');
    expect(sian).toHaveTextContent('Star of the month: October 2026; Star of the month: June 2026; Star of the month: March 2026');
    expect(within(table).getByRole('row', { name: /Łukasz Żółć/ })).not.toHaveTextContent('repeat winner');
    expect(within(sian).getByRole('link', { name: 'Siân ap Dŵr' })).toHaveAttribute('href', '/team/4');
  });
});

describe('member recognition history', () => {
  it('lists nominations with the outcome, hiding anonymous nominators', async () => {
    const history: MemberHistory = {
      nominations: [
        { nominationId: 1, cycleId: 4, schemeName: 'Star of the month', cycleLabel: 'October 2026', category: 'Teamwork', reason: 'Covered shifts', nominatedOn: '2026-10-10', won: true, nominatorName: 'Bo Baker' },
        { nominationId: 2, cycleId: 7, schemeName: 'Quiet hero', cycleLabel: 'Q3 2026', category: 'Behind the scenes', reason: 'Fixed links', nominatedOn: '2026-08-01', won: false, nominatorName: null },
      ],
      external: [],
    };
    renderWithClient(<MemberSection member={person(1, 'Ada Archer')} />, { 'recognition:memberHistory': () => history });
    const table = await screen.findByRole('table', { name: 'Recognition history of Ada Archer' });
    expect(screen.getByText('2 nominations, 1 win.')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /October 2026/ })).toHaveTextContent('Won');
    expect(within(table).getByRole('row', { name: /Q3 2026/ })).toHaveTextContent('Hidden (anonymous)');
  });
});
