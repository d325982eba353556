import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LogEntry, Visit } from '../../../shared/domains/agreements';
import { LogTab } from '../../../renderer/src/pages/agreements/log-tab';
import { VisitsTab } from '../../../renderer/src/pages/agreements/visits-tab';
import { mainError } from '../helpers/main-error';
import { renderWithClient } from '../helpers/render';
import { agreementDetail } from './fixtures';

const entry: LogEntry = { id: 41, date: '2026-11-16', did: 'Shelved the returns', learned: 'Dewey ranges', next: 'Try the issue desk', reviewedOn: '2026-11-20' };
const visit: Visit = { id: 52, date: '2026-11-18', contact: 'Siân ap Dŵr (tutor)', purpose: 'Progress check', notes: 'Going well' };
const agreement = agreementDetail({ logEntries: [entry], visits: [visit] });

describe('correcting a learning log entry', { timeout: 20_000 }, () => {
  it('opens the edit form with the entry’s current values and saves the change', async () => {
    const { calls } = renderWithClient(<LogTab agreement={agreement} />, { 'agreements:updateLogEntry': () => agreement });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit entry of 16/11/2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the entry of 16/11/2026' });
    const d = within(dialog);
    expect(d.getByLabelText('Date')).toHaveValue('16/11/2026');
    expect(d.getByLabelText('What I did')).toHaveValue('Shelved the returns');
    expect(d.getByLabelText('What I learned')).toHaveValue('Dewey ranges');
    expect(d.getByLabelText('What next')).toHaveValue('Try the issue desk');
    await userEvent.type(d.getByLabelText('What I did'), ' and fiction');
    await userEvent.click(d.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.find((c) => c.channel === 'agreements:updateLogEntry')?.input).toEqual({
      id: 41, changes: { date: '2026-11-16', did: 'Shelved the returns and fiction', learned: 'Dewey ranges', next: 'Try the issue desk' },
    });
  });

  it('deletes an entry, and Undo puts back the entry as it was (its review date too)', async () => {
    const { calls } = renderWithClient(<LogTab agreement={agreement} />, {
      'agreements:deleteLogEntry': () => agreementDetail({ logEntries: [] }),
      'agreements:restoreLogEntry': () => agreement,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete entry of 16/11/2026' }));
    expect(await screen.findByText('Learning log entry of 16/11/2026 deleted.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('agreements:restoreLogEntry'));
    expect(calls.find((c) => c.channel === 'agreements:restoreLogEntry')?.input).toEqual({ agreementId: 7, ...entry });
  });
});

describe('correcting a visit', { timeout: 20_000 }, () => {
  it('opens the edit form with the visit’s current values and saves the change', async () => {
    const { calls } = renderWithClient(<VisitsTab agreement={agreement} />, { 'agreements:updateVisit': () => agreement });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit visit of 18/11/2026 by Siân ap Dŵr (tutor)' }));
    const d = within(await screen.findByRole('dialog', { name: 'Edit the visit of 18/11/2026' }));
    expect(d.getByLabelText('Visit date')).toHaveValue('18/11/2026');
    expect(d.getByLabelText('Visitor', { exact: false })).toHaveValue('Siân ap Dŵr (tutor)');
    expect(d.getByLabelText('Purpose')).toHaveValue('Progress check');
    expect(d.getByLabelText('Visit notes')).toHaveValue('Going well');
    await userEvent.clear(d.getByLabelText('Purpose'));
    await userEvent.type(d.getByLabelText('Purpose'), 'Mid-point review');
    await userEvent.click(d.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('agreements:updateVisit'));
    expect(calls.find((c) => c.channel === 'agreements:updateVisit')?.input).toEqual({
      id: 52, changes: { date: '2026-11-18', contact: 'Siân ap Dŵr (tutor)', purpose: 'Mid-point review', notes: 'Going well' },
    });
  });

  it('deletes a visit, and Undo puts it back as it was', async () => {
    const { calls } = renderWithClient(<VisitsTab agreement={agreement} />, {
      'agreements:deleteVisit': () => agreementDetail({ visits: [] }),
      'agreements:restoreVisit': () => agreement,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete visit of 18/11/2026 by Siân ap Dŵr (tutor)' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('agreements:restoreVisit'));
    expect(calls.find((c) => c.channel === 'agreements:restoreVisit')?.input).toEqual({ agreementId: 7, ...visit });
  });

  it('an Undo the main process refuses says why, instead of nothing happening', async () => {
    renderWithClient(<VisitsTab agreement={agreement} />, {
      'agreements:deleteVisit': () => agreementDetail({ visits: [] }),
      'agreements:restoreVisit': () => {
        throw mainError({ code: 'CONFLICT', message: 'There is no deleted visit 52 to put back: it was put back already, or never deleted.', field: 'id' });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete visit of 18/11/2026 by Siân ap Dŵr (tutor)' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/There is no deleted visit 52 to put back/)).toBeInTheDocument();
  });
});
