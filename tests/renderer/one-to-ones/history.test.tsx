import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { History, HistoryInput } from '../../../shared/domains/one-to-ones';
import { HistorySection } from '../../../renderer/src/pages/one-to-ones/history-section';
import { renderWithClient } from '../helpers/render';

const all: History['items'] = [
  { id: 8, memberId: 2, memberName: 'Łukasz Żółć', scheduledAt: '2026-11-02T10:00:00.000Z', status: 'held', sharedNotes: 'Mentor found for Chartership', actions: [{ id: 1, text: 'Book the CILIP induction', owner: 'member', dueOn: '2026-12-01', doneAt: null }] },
  { id: 5, memberId: 2, memberName: 'Łukasz Żółć', scheduledAt: '2026-10-01T09:00:00.000Z', status: 'cancelled', sharedNotes: '', actions: [] },
];

describe('past one-to-ones', () => {
  it('shows each past meeting with its date, outcome, shared notes and actions, newest first, and searches them', async () => {
    const { calls } = renderWithClient(<HistorySection memberId={2} />, {
      'oneToOnes:history': (input) => {
        const { search = '' } = input as HistoryInput;
        const items = all.filter((m) => m.sharedNotes.toLowerCase().includes(search.toLowerCase()));
        return { total: items.length, items };
      },
    });
    const region = await screen.findByRole('region', { name: 'Past one-to-ones' });
    expect(await within(region).findByText('2 past one-to-ones.')).toBeInTheDocument();
    const items = within(region).getAllByRole('listitem').filter((li) => li.classList.contains('card'));
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([expect.stringMatching(/^02\/11\/2026 at \d\d:\d\d Held$/), expect.stringMatching(/^01\/10\/2026 at \d\d:\d\d Cancelled$/)]);
    expect(within(items[0] as HTMLElement).getByText('Mentor found for Chartership')).toBeInTheDocument();
    expect(within(items[0] as HTMLElement).getByText('Book the CILIP induction')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('No shared notes.')).toBeInTheDocument();

    await userEvent.type(within(region).getByRole('searchbox', { name: 'Search past one-to-ones' }), 'mentor');
    expect(await within(region).findByText('1 past one-to-one mention “mentor”.', {}, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(calls.at(-1)?.input).toEqual({ memberId: 2, search: 'mentor' }));
  });
});
