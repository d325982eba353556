import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OtjTab } from '../../../renderer/src/pages/agreements/otj-tab';
import { renderWithClient } from '../helpers/render';
import { agreementDetail } from './fixtures';
import { mainError } from '../helpers/main-error';

const agreement = agreementDetail({
  id: 4, scheme: 'apprenticeship', today: '2026-11-23', otjEntries: [],
  otj: { ruleName: 'England, apprenticeships starting 1 August 2022 to 31 July 2025', loggedHours: 120, requiredToDate: 126, requiredTotal: 278, status: 'behind', shortfall: 6, completedWeeks: 24 },
  otjPlan: {
    ruleId: 'england-2022', ruleName: 'England, apprenticeships starting 1 August 2022 to 31 July 2025', totalHours: 278, trainingEnds: '2027-01-04', plannedWeeks: 52,
    workings: ['Planned duration to the end date: 52 weeks.', '46.4 weeks × 6 hours = 278 hours of off-the-job training.'], problems: [],
  },
});

describe('off-the-job training tab', () => {
  it('names the rule, says how far behind the apprentice is in words as well as colour, and how the minimum was worked out', async () => {
    renderWithClient(<OtjTab agreement={agreement} />, {});
    const progress = await screen.findByRole('region', { name: 'Progress' });
    expect(progress.textContent).toContain('Rule applied: England, apprenticeships starting 1 August 2022 to 31 July 2025');
    expect(progress.textContent).toContain('Behind: 120 hours logged; 126 expected after 24 completed weeks (the week in progress is not counted), 6 hours short; at least 278 hours by gateway.');
    expect(progress.textContent).toContain('46.4 weeks × 6 hours = 278 hours');
    expect(screen.getByText('No off-the-job training logged yet.', { exact: false })).toBeTruthy();
  });

  it('checks hours before sending, and shows the server’s date error next to the date', async () => {
    const { calls } = renderWithClient(<OtjTab agreement={agreement} />, {
      'agreements:addOtj': () => {
        throw mainError({ code: 'VALIDATION', field: 'date', rule: 'must be within the agreement (30/06/2026 to 29/12/2027)' });
      },
    });
    await userEvent.clear(await screen.findByLabelText('Hours'));
    await userEvent.type(screen.getByLabelText('Hours'), '30');
    await userEvent.type(screen.getByLabelText('Activity'), 'Workshop');
    await userEvent.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(await screen.findByText('Hours must be at most 24')).toBeTruthy();
    expect(calls).toEqual([]);

    await userEvent.clear(screen.getByLabelText('Hours'));
    await userEvent.type(screen.getByLabelText('Hours'), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(await screen.findByText(/^Date must be within the agreement/)).toBeTruthy();
    expect(screen.getByLabelText('Date').getAttribute('aria-invalid')).toBe('true');
    expect(calls.map((c) => c.channel)).toEqual(['agreements:addOtj']);
  });
});

describe('deleting an off-the-job entry', () => {
  const entry = { id: 61, date: '2026-11-16', hours: 3.5, activity: 'Cataloguing workshop', outcome: 'Catalogue to RDA' };
  const withEntry = agreementDetail({ ...agreement, otjEntries: [entry] });

  it('deletes at once without a browser confirm, and Undo puts the entry back with its values and id', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { calls } = renderWithClient(<OtjTab agreement={withEntry} />, {
      'agreements:deleteOtj': () => agreementDetail({ ...agreement, otjEntries: [] }),
      'agreements:restoreOtjEntry': () => withEntry,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Cataloguing workshop on 16/11/2026' }));
    expect(await screen.findByText('Off-the-job entry “Cataloguing workshop” of 16/11/2026 deleted.')).toBeInTheDocument();
    expect(calls.find((c) => c.channel === 'agreements:deleteOtj')?.input).toEqual({ id: 61 });
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('agreements:restoreOtjEntry'));
    expect(calls.find((c) => c.channel === 'agreements:restoreOtjEntry')?.input).toEqual({ agreementId: 4, ...entry });
    expect(await screen.findByText('Off-the-job entry “Cataloguing workshop” of 16/11/2026 restored.')).toBeInTheDocument();
    expect(confirm).not.toHaveBeenCalled();
    confirm.mockRestore();
  });
});
