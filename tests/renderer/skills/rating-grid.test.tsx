import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { AssessmentDetail } from '../../../shared/domains/skills';
import AssessmentPage from '../../../renderer/src/pages/skills/assessment-page';
import { renderWithClient } from '../helpers/render';

const scale = {
  min: 0,
  max: 4,
  levels: ['No knowledge', 'Basic', 'Developing', 'Competent', 'Expert'].map((label, level) => ({ level, label })),
};
const skill = (id: number, code: string, title: string, current: number | null = null, carriedOver = false) => ({
  id, sectionId: 1, code, title, description: '', retiredOn: null, relevant: true, current, target: null, notes: '', carriedOver,
});
const detail = (shared = true, carried = false): AssessmentDetail => ({
  assessment: {
    id: 7, memberId: 3, memberName: 'Alex Example', frameworkId: 1, frameworkName: 'Test', frameworkVersion: 'v1',
    kind: carried ? 'reassessment' : 'initial', assessedOn: '2026-02-01', shared, rated: shared ? 1 : null, total: 3,
    carriedFrom: carried ? { id: 6, assessedOn: '2025-03-05' } : null, carriedOver: carried ? 2 : shared ? 0 : null,
  },
  scale,
  sections: shared
    ? [{
        id: 1, code: '1', name: 'Organising knowledge and information', isLocal: false, edition: '2012',
        skills: [skill(11, '1.1', 'Describing things', 2, carried), skill(12, '1.2', 'Arranging things', carried ? 1 : null, carried), skill(13, '1.3', 'Naming things')],
      }]
    : null,
});

const renderPage = (d: AssessmentDetail) => {
  const saved: unknown[] = [];
  const view = renderWithClient(
    <Routes>
      <Route path="/skills/assessments/:id" element={<AssessmentPage />} />
    </Routes>,
    {
      'skills:getAssessment': () => d,
      'skills:rate': (input) => {
        saved.push(input);
        return { skillId: 11, current: null, target: null, notes: '', carriedOver: false, rated: 1 };
      },
    },
    '/skills/assessments/7',
  );
  return { ...view, saved };
};

describe('rating grid', () => {
  it('rates skills with number keys and arrows, saving each change and updating progress', async () => {
    const user = userEvent.setup();
    const { saved } = renderPage(detail());
    expect(await screen.findByText('1 of 3 rated')).toBeInTheDocument();
    const first = screen.getByRole('radiogroup', { name: 'Current rating: 1.1 Describing things' });
    // One tab stop per rating: the chosen level.
    within(first).getByRole('radio', { name: '2 Developing' }).focus();
    await user.keyboard('{ArrowDown}3');
    const second = screen.getByRole('radiogroup', { name: 'Current rating: 1.2 Arranging things' });
    expect(within(second).getByRole('radio', { name: '3 Competent' })).toHaveAttribute('aria-checked', 'true');
    expect(within(second).getByRole('radio', { name: '3 Competent' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowDown}1');
    expect(screen.getByText('3 of 3 rated')).toBeInTheDocument();
    expect(await screen.findByText('All changes saved.')).toHaveAttribute('aria-live', 'polite');
    expect(saved).toEqual([
      { assessmentId: 7, skillId: 12, current: 3 },
      { assessmentId: 7, skillId: 12, current: 4 },
      { assessmentId: 7, skillId: 13, current: 1 },
    ]);
  });

  it('narrows to unrated skills without hiding a row while it is being rated', async () => {
    const user = userEvent.setup();
    renderPage(detail());
    await user.click(await screen.findByLabelText('Show only skills not rated yet'));
    expect(screen.queryByRole('radiogroup', { name: 'Current rating: 1.1 Describing things' })).toBeNull();
    const second = screen.getByRole('radiogroup', { name: 'Current rating: 1.2 Arranging things' });
    within(second).getByRole('radio', { name: '0 No knowledge' }).focus();
    await user.keyboard('2{ArrowDown}3');
    expect(within(second).getByRole('radio', { name: '2 Developing' })).toHaveAttribute('aria-checked', 'true');
    expect(within(screen.getByRole('radiogroup', { name: 'Current rating: 1.3 Naming things' })).getByRole('radio', { name: '3 Competent' })).toHaveFocus();
  });

  it('keeps notes typed just before leaving the page', async () => {
    const user = userEvent.setup();
    const { saved, unmount } = renderPage(detail());
    await user.type(await screen.findByRole('textbox', { name: 'Notes / evidence: 1.3 Naming things' }), 'Led the signage project');
    unmount();
    await waitFor(() => expect(saved).toEqual([{ assessmentId: 7, skillId: 13, notes: 'Led the signage project' }]), { timeout: 300 });
  });

  it('marks ratings carried over from the previous assessment until they are changed or kept', async () => {
    const user = userEvent.setup();
    const { saved } = renderPage(detail(true, true));
    expect(await screen.findByText(/2 ratings are carried over from 05\/03\/2025/)).toBeInTheDocument();
    expect(screen.getAllByText('Carried over from 05/03/2025')).toHaveLength(2);
    // Changing a rating ends the mark for that skill; "Keep" confirms the other one as it is.
    const first = screen.getByRole('radiogroup', { name: 'Current rating: 1.1 Describing things' });
    await user.click(within(first).getByRole('radio', { name: '3 Competent' }));
    expect(screen.getAllByText('Carried over from 05/03/2025')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Keep the carried-over rating of 1.2 Arranging things' }));
    expect(screen.queryByText('Carried over from 05/03/2025')).toBeNull();
    expect(screen.queryByText(/carried over from 05\/03\/2025/)).toBeNull();
    await waitFor(() => expect(saved).toEqual([{ assessmentId: 7, skillId: 11, current: 3 }, { assessmentId: 7, skillId: 12, current: 1 }]));
  });

  it('shows only the date of an assessment the member has not shared', async () => {
    renderPage(detail(false));
    expect(await screen.findByText(/has not shared this assessment with you/)).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
  });
});
