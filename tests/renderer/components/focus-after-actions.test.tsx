import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domains/one-to-ones';
import OneToOnesRoutes from '../../../renderer/src/pages/one-to-ones/routes';
import { fakeStatus, renderWithClient } from '../helpers/render';
import { mainError } from '../helpers/main-error';

const hint = (key: string, title: string) => ({ source: 'registration' as const, key, title, detail: '', link: '', priority: 2 });
const base: Meeting = {
  id: 7, memberId: 2, memberName: 'Siân ap Dŵr', scheduledAt: '2026-11-25T10:00:00.000Z', durationMinutes: 45, location: 'Room 2',
  status: 'scheduled', recurrence: 'none', agendaCount: 0, openActionCount: 0, privateNotes: '', sharedNotes: '', agenda: [],
  suggestions: [hint('a', 'Chartership progress'), hint('b', 'Revalidation due')], actions: [], carriedActions: [], nextMeetingId: null,
};
const routes = (
  <Routes>
    <Route path="/one-to-ones/*" element={<OneToOnesRoutes />} />
  </Routes>
);
const status = () => fakeStatus({ today: '2026-11-23' });

describe('focus after actions on a one-to-one', () => {
  it('after "Add" on a suggestion, focus moves to the next suggestion, then to the agenda', async () => {
    let meeting = base;
    const accept = (input: unknown) => {
      const { key } = input as { key: string };
      const taken = meeting.suggestions.find((s) => s.key === key);
      meeting = {
        ...meeting,
        suggestions: meeting.suggestions.filter((s) => s.key !== key),
        agenda: [...meeting.agenda, { id: meeting.agenda.length + 1, position: meeting.agenda.length, title: taken?.title ?? '', detail: '', link: '', source: 'registration', hintKey: key, raisedBy: 'manager', covered: false }],
      };
      return meeting;
    };
    renderWithClient(routes, { 'oneToOnes:get': () => meeting, 'oneToOnes:acceptSuggestion': accept, 'system:status': status }, '/one-to-ones/7');
    await userEvent.click(await screen.findByRole('button', { name: 'Add Chartership progress to the agenda' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add Revalidation due to the agenda' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Agenda' })).toHaveFocus());
  });

  it('after "Record as held", focus is on the meeting facts showing the new status', async () => {
    let meeting = base;
    renderWithClient(
      routes,
      {
        'oneToOnes:get': () => meeting,
        'oneToOnes:setStatus': () => (meeting = { ...meeting, status: 'held', suggestions: [] }),
        'system:status': status,
      },
      '/one-to-ones/7',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Record as held' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'When and where' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Record as held' })).not.toBeInTheDocument();
  });

  it('a due date the app refuses (2099) shows at the field, focused, not as a page error; "Add action" then returns to the action box', async () => {
    let meeting = base;
    const add = (input: unknown) => {
      const { dueOn, text } = input as { dueOn: string | null; text: string };
      if (dueOn === '2099-03-01') throw mainError({ code: 'VALIDATION', field: 'dueOn', rule: 'must be within the next 5 years (on or before 23/11/2031)' });
      meeting = { ...meeting, actions: [{ id: 1, meetingId: 7, memberId: 2, text, owner: 'member', dueOn, doneAt: null, createdAt: '', agreedAt: '' }] };
      return meeting;
    };
    renderWithClient(routes, { 'oneToOnes:get': () => meeting, 'oneToOnes:addAction': add, 'system:status': status }, '/one-to-ones/7');
    await userEvent.type(await screen.findByLabelText('Action'), 'Renew the licence');
    const due = screen.getByLabelText('Due date');
    await userEvent.type(due, '01/03/2099');
    await userEvent.click(screen.getByRole('button', { name: 'Add action' }));
    expect(await screen.findByText('Due date must be within the next 5 years (on or before 23/11/2031)')).toBeInTheDocument();
    expect(due).toHaveFocus();
    expect(due).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(due);
    await userEvent.type(due, '01/03/2027');
    await userEvent.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(screen.getByLabelText('Action')).toHaveFocus());
    expect(screen.getByLabelText('Action')).toHaveValue('');
  });
});
