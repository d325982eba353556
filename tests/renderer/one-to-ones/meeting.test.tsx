import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Meeting, Overview } from '../../../shared/domains/one-to-ones';
import OneToOnesRoutes from '../../../renderer/src/pages/one-to-ones/routes';
import { fakeStatus, renderWithClient } from '../helpers/render';

const meeting: Meeting = {
  id: 7,
  memberId: 2,
  memberName: 'Zoë Example',
  scheduledAt: '2026-11-25T10:00:00.000Z',
  durationMinutes: 45,
  location: 'Room 2',
  status: 'scheduled',
  recurrence: 'monthly',
  agendaCount: 1,
  openActionCount: 1,
  privateNotes: 'Private worry',
  sharedNotes: '',
  agenda: [{ id: 1, position: 0, title: 'Leave plans', detail: '', link: '', source: 'manual', hintKey: null }],
  suggestions: [
    { source: 'registration', key: 'registration:stalled:3', title: 'Chartership progress: stalled', detail: 'No change for 20 weeks', link: '/registration/journeys/3', priority: 1 },
  ],
  actions: [],
  carriedActions: [
    { id: 9, meetingId: 5, memberId: 2, text: 'Send the gap analysis', owner: 'member', dueOn: '2026-11-18', doneAt: null, createdAt: '', agreedAt: '2026-10-28T10:00:00.000Z' },
  ],
  nextMeetingId: null,
};

const status = () => fakeStatus({ today: '2026-11-23' });
const routes = (
  <Routes>
    <Route path="/one-to-ones/*" element={<OneToOnesRoutes />} />
  </Routes>
);

describe('one-to-one meeting screen', () => {
  it('shows the agenda, an urgent suggestion and the overdue carried action, and adds the suggestion', async () => {
    const { calls } = renderWithClient(routes, { 'oneToOnes:get': () => meeting, 'system:status': status, 'oneToOnes:acceptSuggestion': () => meeting }, '/one-to-ones/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'One-to-one with Zoë Example' })).toBeInTheDocument();
    const suggestions = screen.getByRole('region', { name: 'Suggested for this meeting' });
    expect(within(suggestions).getByText('Urgent')).toBeInTheDocument();
    const carried = screen.getByRole('region', { name: 'Open actions from earlier meetings' });
    expect(await within(carried).findByText('Overdue')).toBeInTheDocument();
    expect(screen.getByLabelText('Private notes')).toHaveValue('Private worry');

    await userEvent.click(screen.getByRole('button', { name: 'Add Chartership progress: stalled to the agenda' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('oneToOnes:acceptSuggestion'));
    expect(calls.find((c) => c.channel === 'oneToOnes:acceptSuggestion')?.input).toEqual({ meetingId: 7, key: 'registration:stalled:3' });
  });

  it('asks for the action text before adding one, naming the field', async () => {
    const { calls } = renderWithClient(routes, { 'oneToOnes:get': () => meeting, 'system:status': status }, '/one-to-ones/7');
    await userEvent.click(await screen.findByRole('button', { name: 'Add action' }));
    expect(await screen.findByText('Action is required')).toBeInTheDocument();
    expect(calls.map((c) => c.channel)).not.toContain('oneToOnes:addAction');
  });

  it('hides agenda editing once the meeting has been held', async () => {
    renderWithClient(routes, { 'oneToOnes:get': () => ({ ...meeting, status: 'held', suggestions: [] }), 'system:status': status }, '/one-to-ones/7');
    expect(await screen.findByText('Held')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Leave plans' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Suggested for this meeting' })).not.toBeInTheDocument();
  });
});

describe('one-to-ones overview', () => {
  it('invites the manager to schedule one when nothing is coming up', async () => {
    const empty: Overview = { weekStart: '2026-11-23', thisWeek: [], nextWeek: [], toRecord: [], overdueActions: [] };
    renderWithClient(routes, { 'oneToOnes:overview': () => empty }, '/one-to-ones');
    expect(await screen.findByRole('heading', { name: 'No one-to-ones in the next two weeks' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Schedule your first one-to-one' })).toBeInTheDocument();
  });
});
