import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../shared/domains/registration';
import { EvidenceSection } from '../../../renderer/src/pages/registration/evidence-section';
import { renderWithClient } from '../helpers/render';
import { journey } from './fixtures';

const item: Evidence = {
  id: 9, journeyId: 1, title: 'Induction workshop: plan and feedback', datedOn: '2026-02-03', location: 'https://example.org/induction',
  criteria: ['personal', 'organisational'], addedOn: '2026-02-10',
};
const withEvidence = journey({ evidence: [item] });

describe('portfolio evidence can be corrected', { timeout: 20_000 }, () => {
  it('opens "Edit evidence" with the item’s current title, date, link and criteria, and saves the change', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderWithClient(<EvidenceSection journey={withEvidence} />, { 'registration:updateEvidence': () => withEvidence });
    await user.click(await screen.findByRole('button', { name: 'Edit Induction workshop: plan and feedback' }));
    const d = within(await screen.findByRole('dialog', { name: 'Edit evidence' }));
    expect(d.getByLabelText('Evidence title')).toHaveValue('Induction workshop: plan and feedback');
    expect(d.getByLabelText('Evidence date')).toHaveValue('03/02/2026');
    expect(d.getByLabelText('Link or file path')).toHaveValue('https://example.org/induction');
    expect(d.getByRole('checkbox', { name: 'Personal performance' })).toBeChecked();
    expect(d.getByRole('checkbox', { name: 'Organisational context' })).toBeChecked();
    expect(d.getByRole('checkbox', { name: 'Wider professional context' })).not.toBeChecked();
    await user.click(d.getByRole('checkbox', { name: 'Wider professional context' }));
    await user.click(d.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('registration:updateEvidence'));
    expect(calls.find((c) => c.channel === 'registration:updateEvidence')?.input).toEqual({
      id: 9,
      changes: { title: 'Induction workshop: plan and feedback', datedOn: '2026-02-03', location: 'https://example.org/induction', criteria: ['personal', 'organisational', 'wider'] },
    });
  });

  it('keyboard only: Add evidence puts the cursor in the title, and Cancel or Save hands focus back to Add evidence', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithClient(<EvidenceSection journey={withEvidence} />, { 'registration:addEvidence': () => withEvidence });
    (await screen.findByRole('button', { name: 'Add evidence' })).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Evidence title')).toHaveFocus());
    // What is typed lands in the title, not nowhere.
    await user.keyboard('Catalogue clean-up report');
    expect(screen.getByLabelText('Evidence title')).toHaveValue('Catalogue clean-up report');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add evidence' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Evidence title')).toHaveFocus());
    await user.keyboard('Shadowing notes{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add evidence' })).toHaveFocus());
  });

  it('Undo after "Remove" puts the item back with the day it was added and its link', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderWithClient(<EvidenceSection journey={withEvidence} />, {
      'registration:removeEvidence': () => journey({ evidence: [] }),
      'registration:restoreEvidence': () => withEvidence,
    });
    await user.click(await screen.findByRole('button', { name: 'Remove Induction workshop: plan and feedback' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('registration:restoreEvidence'));
    expect(calls.find((c) => c.channel === 'registration:restoreEvidence')?.input).toEqual(item);
  });
});
