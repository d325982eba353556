import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CpdEntry } from '../../../shared/domains/registration-cpd';
import { renderWithClient } from '../helpers/render';
import { App, revalidation, status } from './fixtures';

const entry: CpdEntry = {
  id: 41, memberId: 3, date: '2026-11-10', activityType: 'shadowing_visit', hours: 3, title: 'Riverside University Library',
  reflection: 'Intake checklist', sections: [], source: { kind: 'shadowing', id: 1 }, createdAt: '2026-11-10T10:00:00.000Z',
};

describe('deleting a CPD entry that came from an activity', { timeout: 20_000 }, () => {
  it('says the activity can be logged again, and Undo puts the entry back with its source', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderWithClient(
      <App />,
      {
        'system:status': status,
        'registration:revalidation': () => revalidation(),
        'registration:cpdList': () => [entry],
        'registration:removeCpd': () => entry,
        'registration:restoreCpd': () => entry,
      },
      '/registration/members/3/cpd',
    );
    await user.click(await screen.findByRole('button', { name: /^Delete .* on 10\/11\/2026$/ }));
    expect(screen.getByRole('dialog', { name: 'Delete this CPD entry?' })).toHaveTextContent('which can then be logged again');
    await user.click(screen.getByRole('button', { name: 'Delete entry' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('registration:restoreCpd'));
    const { id: _id, createdAt: _c, ...asItWas } = entry;
    expect(calls.find((c) => c.channel === 'registration:restoreCpd')?.input).toEqual(asItWas);
  });
});

describe('a CPD entry imported from a member pack', { timeout: 20_000 }, () => {
  it('is marked as from their member pack, and deleting it says the pack can import it again', async () => {
    const user = userEvent.setup({ delay: null });
    const imported: CpdEntry = { ...entry, activityType: 'reading', title: 'Metadata primer', source: { kind: 'memberPack', packId: '6f1c2a9e-3b7d-4c1e', row: 4 } };
    renderWithClient(
      <App />,
      { 'system:status': status, 'registration:revalidation': () => revalidation(), 'registration:cpdList': () => [imported] },
      '/registration/members/3/cpd',
    );
    expect(await screen.findByText('(from their member pack)')).toBeInTheDocument();
    expect(screen.queryByText('(from activities)')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Delete .* on 10\/11\/2026$/ }));
    expect(screen.getByRole('dialog', { name: 'Delete this CPD entry?' })).toHaveTextContent('imported from a member pack, which can then import it again');
  });
});
