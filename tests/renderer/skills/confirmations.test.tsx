import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { AssessmentDetail } from '../../../shared/domains/skills';
import AssessmentPage from '../../../renderer/src/pages/skills/assessment-page';
import { renderWithClient } from '../helpers/render';

const scale = { min: 0, max: 4, levels: ['No knowledge', 'Basic', 'Developing', 'Competent', 'Expert'].map((label, level) => ({ level, label })) };
const detail: AssessmentDetail = {
  assessment: {
    id: 7, memberId: 3, memberName: 'Siân ap Dŵr', frameworkId: 1, frameworkName: 'Test', frameworkVersion: 'v1',
    kind: 'initial', assessedOn: '2026-02-01', shared: false, rated: 0, total: 0, carriedFrom: null, carriedOver: 0,
  },
  scale,
  sections: null,
};

const renderPage = (handlers: Parameters<typeof renderWithClient>[1]) =>
  renderWithClient(
    <Routes>
      <Route path="/skills/assessments/:id" element={<AssessmentPage />} />
      <Route path="/skills/members/:id" element={<h1>Member skills</h1>} />
    </Routes>,
    { 'skills:getAssessment': () => detail, ...handlers },
    '/skills/assessments/7',
  );

/** The app asks in its own dialog, never the browser's window.confirm (which the desktop app cannot style or test). */
describe('assessment page confirmations', { timeout: 20_000 }, () => {
  it('asks before deleting an assessment; Cancel keeps it, Delete assessment deletes it', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { calls } = renderPage({ 'skills:deleteAssessment': ({ id }) => ({ id }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete assessment' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete this assessment?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls.map((c) => c.channel)).not.toContain('skills:deleteAssessment');

    await userEvent.click(screen.getByRole('button', { name: 'Delete assessment' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete this assessment?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete assessment' }));
    expect(await screen.findByRole('heading', { name: 'Member skills' })).toBeInTheDocument();
    expect(calls.find((c) => c.channel === 'skills:deleteAssessment')?.input).toEqual({ id: 7 });
    expect(confirm).not.toHaveBeenCalled();
    confirm.mockRestore();
  });

  it('asks before marking an assessment as shared, and only the member’s agreement marks it', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { calls } = renderPage({ 'skills:updateAssessment': (input) => ({ ...detail.assessment, shared: input.shared }) });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Shared with me (the manager)' }));
    let dialog = await screen.findByRole('dialog', { name: 'Mark as shared with you?' });
    expect(dialog).toHaveTextContent('Only mark this as shared if Siân ap Dŵr has agreed to share it with you.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls.map((c) => c.channel)).not.toContain('skills:updateAssessment');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Shared with me (the manager)' }));
    dialog = await screen.findByRole('dialog', { name: 'Mark as shared with you?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Siân ap Dŵr agreed' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'skills:updateAssessment')?.input).toMatchObject({ id: 7, shared: true }));
    expect(confirm).not.toHaveBeenCalled();
    confirm.mockRestore();
  });
});
