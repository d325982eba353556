import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { AssessmentDetail } from '../../../shared/domains/skills';
import AssessmentPage from '../../../renderer/src/pages/skills/assessment-page';
import { renderWithClient } from '../helpers/render';

const scale = { min: 0, max: 4, levels: ['No knowledge', 'Basic', 'Developing', 'Competent', 'Expert'].map((label, level) => ({ level, label })) };
const skill = (id: number, code: string, title: string) => ({
  id, sectionId: 1, code, title, description: '', retiredOn: null, relevant: true, current: null, target: null, notes: '', carriedOver: false,
});
const detail: AssessmentDetail = {
  assessment: {
    id: 7, memberId: 3, memberName: 'Siân ap Dŵr', frameworkId: 1, frameworkName: 'Test', frameworkVersion: 'v1',
    kind: 'initial', assessedOn: '2026-02-01', shared: true, rated: 0, total: 3, carriedFrom: null, carriedOver: 0,
  },
  scale,
  sections: [{ id: 1, code: '1', name: 'Organising knowledge and information', isLocal: false, edition: '2012', skills: [skill(11, '1.1', 'Describing things'), skill(12, '1.2', 'Arranging things'), skill(13, '1.3', 'Naming things')] }],
};

/** Issue #19: ratings given while a save is on its way go to the store together, in one skills:rateMany. */
describe('rating grid saving a burst of ratings', () => {
  it('sends the first change alone and the ones made meanwhile as one batch, later change winning', async () => {
    const user = userEvent.setup();
    const calls: { channel: string; input: unknown }[] = [];
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    renderWithClient(
      <Routes>
        <Route path="/skills/assessments/:id" element={<AssessmentPage />} />
      </Routes>,
      {
        'skills:getAssessment': () => detail,
        'skills:rate': async (input) => {
          calls.push({ channel: 'skills:rate', input });
          await slow; // the first save is still on its way while the manager keeps rating
          return { skillId: input.skillId, current: null, target: null, notes: '', carriedOver: false, rated: 1 };
        },
        'skills:rateMany': (input) => {
          calls.push({ channel: 'skills:rateMany', input });
          return { ratings: [], rated: 3 };
        },
      },
      '/skills/assessments/7',
    );
    const row = (code: string, title: string) => screen.findByRole('radiogroup', { name: `Current rating: ${code} ${title}` });
    await user.click(within(await row('1.1', 'Describing things')).getByRole('radio', { name: '2 Developing' }));
    await user.click(within(await row('1.2', 'Arranging things')).getByRole('radio', { name: '1 Basic' }));
    await user.click(within(await row('1.3', 'Naming things')).getByRole('radio', { name: '3 Competent' }));
    await user.click(within(await row('1.2', 'Arranging things')).getByRole('radio', { name: '4 Expert' }));
    release();
    expect(await screen.findByText('All changes saved.')).toBeInTheDocument();
    await waitFor(() =>
      expect(calls).toEqual([
        { channel: 'skills:rate', input: { assessmentId: 7, skillId: 11, current: 2 } },
        { channel: 'skills:rateMany', input: { assessmentId: 7, ratings: [{ skillId: 12, current: 4 }, { skillId: 13, current: 3 }] } },
      ]),
    );
  });
});
