import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AssessmentSummary, FrameworkSummary } from '../../../shared/domains/skills';
import { AssessmentsCard } from '../../../renderer/src/pages/skills/assessments-card';
import { renderWithClient } from '../helpers/render';

const framework: FrameworkSummary = {
  id: 1, name: 'PKSB', version: '2021 licensed', edition: '2021', description: '', isDemo: false, isDefault: true,
  skillCount: 40, sectionCount: 17, assessmentCount: 1,
};
const initial: AssessmentSummary = {
  id: 5, memberId: 3, memberName: 'Siân ap Dŵr', frameworkId: 1, frameworkName: 'PKSB', frameworkVersion: '2021 licensed',
  kind: 'initial', assessedOn: '2026-03-05', shared: true, rated: 30, total: 40, carriedFrom: null, carriedOver: 0,
};

describe('new assessment', { timeout: 20_000 }, () => {
  it('with no framework imported, says what to do and links to importing one', async () => {
    const user = userEvent.setup();
    renderWithClient(<AssessmentsCard memberId={3} memberName="Siân ap Dŵr" assessments={[]} />, { 'skills:listFrameworks': () => [] });
    await user.click(await screen.findByRole('button', { name: 'New assessment' }));
    expect(await screen.findByText(/There is no skills framework to assess against yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import a framework' })).toHaveAttribute('href', '/skills/frameworks?import=1');
    expect(screen.queryByLabelText('Framework')).toBeNull();
  });

  it('offers a reassessment that starts from the previous ratings, and sends which assessment to carry over', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithClient(<AssessmentsCard memberId={3} memberName="Siân ap Dŵr" assessments={[initial]} />, {
      'skills:listFrameworks': () => [framework],
      'skills:createAssessment': () => ({ ...initial, id: 6, kind: 'reassessment', assessedOn: '2026-11-23', carriedFrom: { id: 5, assessedOn: '2026-03-05' }, carriedOver: 30 }),
    });
    await user.click(await screen.findByRole('button', { name: 'New assessment' }));
    const carry = await screen.findByRole('checkbox', { name: /Start from the ratings of 05\/03\/2026/ });
    expect(carry).toBeChecked();
    expect(screen.getByLabelText('Kind')).toHaveValue('reassessment');
    await user.click(screen.getByRole('button', { name: 'Start assessment' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'skills:createAssessment')?.input).toEqual({
        memberId: 3, frameworkId: 1, kind: 'reassessment', assessedOn: '2026-11-23', shared: true, carryOverFrom: 5,
      }),
    );
  });
});
