import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../../shared/domains/agreements';
import { OtjTab } from '../../../renderer/src/pages/agreements/otj-tab';
import { renderWithClient } from '../helpers/render';

const agreement = {
  id: 4, scheme: 'apprenticeship', today: '2026-11-23', otjEntries: [],
  otj: { loggedHours: 120, requiredToDate: 126, requiredTotal: 468, status: 'behind', shortfall: 6 },
} as unknown as AgreementDetail;

describe('off-the-job training tab', () => {
  it('says how far behind the apprentice is, in words as well as colour', async () => {
    renderWithClient(<OtjTab agreement={agreement} />, {});
    expect((await screen.findByRole('region', { name: 'Progress' })).textContent).toContain('Behind: 120 hours logged, 126 required by today (6 hours short)');
    expect(screen.getByText('No off-the-job training logged yet.', { exact: false })).toBeTruthy();
  });

  it('checks hours before sending, and shows the server’s date error next to the date', async () => {
    const { calls } = renderWithClient(<OtjTab agreement={agreement} />, {
      'agreements:addOtj': () => {
        throw { code: 'VALIDATION', message: 'date must be within the agreement (2026-06-30 to 2027-12-29)', field: 'date' };
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
    expect(await screen.findByText(/date must be within the agreement/)).toBeTruthy();
    expect(screen.getByLabelText('Date').getAttribute('aria-invalid')).toBe('true');
    expect(calls.map((c) => c.channel)).toEqual(['agreements:addOtj']);
  });
});
