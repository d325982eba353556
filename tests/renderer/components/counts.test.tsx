import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import TeamPage from '../../../renderer/src/pages/team/team-page';
import { emptyMemberInput, type Member } from '../../../shared/domains/team';
import { renderWithClient } from '../helpers/render';

const only: Member = {
  ...emptyMemberInput, id: 1, name: 'Łukasz Żółć', jobTitle: 'Library Assistant', team: 'Central Library', startDate: '2024-03-09',
  leftOn: null, lineManagerName: null, createdAt: '', updatedAt: '',
};

describe('counts read as English', () => {
  it('a team of one is "1 person", not "1 people"', async () => {
    renderWithClient(<TeamPage />, { 'team:list': () => [only] });
    expect(await screen.findByText('1 person')).toBeInTheDocument();
    expect(screen.queryByText(/1 people/)).not.toBeInTheDocument();
  });
});
