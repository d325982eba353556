import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { CoverageReport, Heatmap } from '../../../shared/domains/skills-dashboard';
import type { FrameworkSummary } from '../../../shared/domains/skills';
import SkillsHomePage from '../../../renderer/src/pages/skills/home-page';
import { renderWithClient } from '../helpers/render';

const scale = { min: 0, max: 4, levels: ['None', 'Basic', 'Developing', 'Competent', 'Expert'].map((label, level) => ({ level, label })) };
const framework: FrameworkSummary = { id: 1, name: 'PKSB', version: '2021', edition: '2021', description: '', isDemo: false, isDefault: true, skillCount: 2, sectionCount: 2, assessmentCount: 1 };
const heatmap = (team: string): Heatmap => ({
  framework: { id: 1, name: 'PKSB', version: '2021' },
  sections: [{ id: 1, code: '1', name: 'Organising knowledge and information' }, { id: 5, code: '5', name: 'Information governance and compliance' }],
  teams: ['Central Library', 'Riverside'],
  rows: [
    { memberId: 3, name: 'Alex Example', team: 'Central Library', assessmentId: 9, assessedOn: '2026-10-01', cells: [{ sectionId: 1, average: 2.5, rated: 2 }, { sectionId: 5, average: null, rated: 0 }] },
    { memberId: 4, name: 'Bo Riverside', team: 'Riverside', assessmentId: 10, assessedOn: '2026-09-01', cells: [{ sectionId: 1, average: 4, rated: 2 }, { sectionId: 5, average: 1, rated: 1 }] },
  ].filter((r) => !team || r.team === team),
  notAssessed: [{ memberId: 5, name: 'Cy New' }],
  scale,
});
const coverage: CoverageReport = {
  frameworkId: 1,
  level: 3,
  rules: [
    {
      rule: { id: 1, frameworkId: 1, targetKind: 'section', targetId: 5, targetLabel: 'section 5 Information governance and compliance', minPeople: 2, minLevel: 3, servicePoint: '', description: 'At least 2 people at level 3 or above in section 5 Information governance and compliance at each service point' },
      checks: [{ servicePoint: 'Central Library', count: 0, needed: 2, people: [], met: false }],
      broken: true,
    },
  ],
  singlePoints: [{ skillId: 11, code: '1.1', title: 'Describing things', sectionName: 'Organising knowledge and information', person: 'Bo Riverside', memberId: 4 }],
};

describe('skills home', () => {
  it('shows the heatmap as numbers with links, filters by service point, and lists broken rules and single points of failure', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithClient(
      <Routes>
        <Route path="/skills" element={<SkillsHomePage />} />
      </Routes>,
      {
        'skills:listFrameworks': () => [framework],
        'skills:heatmap': (input) => heatmap(input.team ?? ''),
        'skills:coverage': () => coverage,
        'skills:getScale': () => scale,
      },
      '/skills',
    );
    const table = await screen.findByRole('table', { name: 'Average current rating by member and section' });
    const alex = within(table).getByRole('row', { name: /Alex Example/ });
    expect(within(alex).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2.5', '—']);
    expect(within(alex).getByRole('link', { name: 'Alex Example' })).toHaveAttribute('href', '/skills/members/3');
    expect(within(table).getByRole('columnheader', { name: '5 Information governance and compliance' })).toBeInTheDocument();
    expect((await screen.findByText('Broken:')).closest('li')).toHaveTextContent('Central Library: 0 of 2 needed (short)');
    expect(screen.getByText(/1.1 Describing things/)).toHaveTextContent('only Bo Riverside');
    expect(screen.getByRole('link', { name: 'Cy New' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Team / service point'), 'Riverside');
    const heatmapTable = () => screen.getByRole('table', { name: 'Average current rating by member and section' });
    await waitFor(() => expect(within(heatmapTable()).queryByRole('row', { name: /Alex Example/ })).toBeNull());
    expect(within(heatmapTable()).getByRole('row', { name: /Bo Riverside/ })).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'skills:heatmap' && (c.input as { team: string }).team === 'Riverside')).toBe(true);
  });
});
