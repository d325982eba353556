import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../../shared/domains/one-to-one-series';
import type { Meeting, MemberOneToOnes } from '../../../shared/domains/one-to-ones';
import OneToOnesRoutes from '../../../renderer/src/pages/one-to-ones/routes';
import { mainError } from '../helpers/main-error';
import { fakeStatus, renderWithClient } from '../helpers/render';

const series: Series = {
  id: 3, memberId: 2, uid: 'one-to-one-series-x@staff-development-workbench', frequency: 'weekly', interval: 4,
  startsAt: '2026-12-01T10:00:00.000Z', durationMinutes: 45, location: 'Ystafell 2', status: 'active', sequence: 0,
  label: 'Every 4 weeks on Tuesday at 10:00',
};

const meeting: Meeting = {
  id: 7, memberId: 2, memberName: 'Siân ap Dŵr', scheduledAt: '2026-12-01T10:00:00.000Z', durationMinutes: 45, location: 'Ystafell 2',
  status: 'scheduled', recurrence: 'none', agendaCount: 2, openActionCount: 0, privateNotes: '', sharedNotes: '',
  agenda: [
    { id: 1, position: 0, title: 'Wellbeing and workload', detail: '', link: '', source: 'manual', hintKey: 'standing:4', standing: true, covered: false },
    { id: 2, position: 1, title: 'Rota', detail: '', link: '', source: 'manual', hintKey: null, standing: false, covered: false },
  ],
  suggestions: [], actions: [], carriedActions: [], nextMeetingId: null, series,
};

const forMember: MemberOneToOnes = {
  next: null, recent: [], openActions: [],
  standing: [{ id: 4, memberId: 2, title: 'Wellbeing and workload', detail: '' }],
  series: [series],
};

const routes = (
  <Routes>
    <Route path="/one-to-ones/*" element={<OneToOnesRoutes />} />
  </Routes>
);

describe('standing items and series on the meeting screen', () => {
  it('marks the standing item "Standing", shows the series rule, and adds a standing item for the member', async () => {
    const { calls } = renderWithClient(
      routes,
      {
        'system:status': () => fakeStatus({ today: '2026-11-23' }),
        'oneToOnes:get': () => meeting,
        'oneToOnes:forMember': () => forMember,
        'oneToOnes:addStanding': ({ memberId, title }) => ({ id: 5, memberId, title, detail: '' }),
      },
      '/one-to-ones/7',
    );
    const agenda = await screen.findByRole('region', { name: 'Agenda' });
    const items = within(agenda).getAllByRole('listitem');
    expect(within(items[0]!).getByText('Standing')).toBeInTheDocument();
    expect(within(items[1]!).queryByText('Standing')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'When and where' })).toHaveTextContent('Every 4 weeks on Tuesday at 10:00');
    expect(screen.getByRole('button', { name: 'Series to calendar (.ics): Every 4 weeks on Tuesday at 10:00' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Schedule next' })).toBeInTheDocument();

    const standing = screen.getByRole('region', { name: 'Standing agenda items' });
    await userEvent.click(within(standing).getByRole('button', { name: 'Add standing item' }));
    expect(within(standing).getByText('Standing item is required')).toBeInTheDocument();
    await userEvent.type(within(standing).getByLabelText('New standing item'), 'Chartership progress');
    await userEvent.click(within(standing).getByRole('button', { name: 'Add standing item' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'oneToOnes:addStanding')?.input).toEqual({ memberId: 2, title: 'Chartership progress' }));
  });
});

describe('a meeting of a series moved on its own', () => {
  it('says when the series had it, beside when it is now', async () => {
    renderWithClient(
      routes,
      {
        'system:status': () => fakeStatus({ today: '2026-11-23' }),
        'oneToOnes:get': () => ({ ...meeting, scheduledAt: '2026-12-30T14:00:00.000Z', movedFrom: '2026-12-29T10:00:00.000Z' }),
        'oneToOnes:forMember': () => forMember,
      },
      '/one-to-ones/7',
    );
    const facts = await screen.findByRole('region', { name: 'When and where' });
    expect(facts).toHaveTextContent("30/12/2026 at 14:00 (moved from the series' 29/12/2026 at 10:00)");
  });
});

describe('removing a standing item, with Undo', () => {
  const wellbeing = { id: 4, memberId: 2, title: 'Wellbeing and workload', detail: '' };
  const removeThenUndo = async (restore: () => typeof wellbeing) => {
    const { calls } = renderWithClient(
      routes,
      {
        'system:status': () => fakeStatus({ today: '2026-11-23' }),
        'oneToOnes:get': () => meeting,
        'oneToOnes:forMember': () => forMember,
        'oneToOnes:removeStanding': ({ id }) => ({ ...wellbeing, id }),
        'oneToOnes:restoreStanding': restore,
      },
      '/one-to-ones/7',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Remove standing item Wellbeing and workload' }));
    const status = await screen.findByText('“Wellbeing and workload” is no longer a standing item.');
    await userEvent.click(within(status.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Undo' }));
    return calls;
  };

  it('Undo puts back the same item (its id, so each agenda gets it back in its place), and says so', async () => {
    const calls = await removeThenUndo(() => wellbeing);
    await waitFor(() => expect(calls.find((c) => c.channel === 'oneToOnes:restoreStanding')?.input).toEqual({ id: 4, memberId: 2, title: 'Wellbeing and workload', detail: '' }));
    expect(calls.map((c) => c.channel)).not.toContain('oneToOnes:addStanding');
    expect(await screen.findByText('“Wellbeing and workload” is a standing item again, in its place on the agendas to come.')).toBeInTheDocument();
  });

  it('an Undo that cannot be done says why instead of failing silently', async () => {
    await removeThenUndo(() => {
      throw mainError({ code: 'CONFLICT', message: 'There is no deleted standing agenda item 4 to put back: it was put back already, or never deleted.', field: 'id' });
    });
    expect(await screen.findByText(/There is no deleted standing agenda item 4 to put back/)).toBeInTheDocument();
  });
});

describe('the series buttons say what they do', () => {
  const weds: Series = { ...series, interval: 2, startsAt: '2026-12-02T14:00:00.000Z', label: 'Every 2 weeks on Wednesday at 14:00' };
  it('a cancelled series offers its cancellation file under that name, and the confirmation keeps the weekday capitalised', async () => {
    const cancelled: Series = { ...weds, status: 'cancelled', sequence: 2 };
    renderWithClient(
      routes,
      {
        'system:status': () => fakeStatus({ today: '2026-11-30' }),
        'oneToOnes:get': () => ({ ...meeting, status: 'cancelled', series: cancelled }),
        'oneToOnes:forMember': () => ({ ...forMember, series: [cancelled] }),
      },
      '/one-to-ones/7',
    );
    // The accessible name starts with the words on the button (a speech user says what they see).
    expect(await screen.findByRole('button', { name: 'Cancellation for calendar (.ics): Every 2 weeks on Wednesday at 14:00' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Series/ })).not.toBeInTheDocument();
  });

  it('"Cancel the series?" names the rule with its weekday as written, not "wednesday"', async () => {
    renderWithClient(
      routes,
      {
        'system:status': () => fakeStatus({ today: '2026-11-30' }),
        'oneToOnes:get': () => ({ ...meeting, series: weds }),
        'oneToOnes:forMember': () => ({ ...forMember, series: [weds] }),
      },
      '/one-to-ones/7',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel series' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the series?' });
    expect(dialog).toHaveTextContent('The regular one-to-ones with Siân ap Dŵr (every 2 weeks on Wednesday at 14:00) stop');
  });
});
