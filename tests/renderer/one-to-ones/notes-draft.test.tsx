import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domains/one-to-ones';
import OneToOnesRoutes from '../../../renderer/src/pages/one-to-ones/routes';
import { renderWithClient } from '../helpers/render';

const meeting: Meeting = {
  id: 7, memberId: 2, memberName: 'Łukasz Żółć', scheduledAt: '2026-11-25T10:00:00.000Z', durationMinutes: 45, location: '',
  status: 'scheduled', recurrence: 'none', agendaCount: 0, openActionCount: 0, privateNotes: '', sharedNotes: 'Saved before',
  agenda: [], suggestions: [], actions: [], carriedActions: [], nextMeetingId: null,
};

const routes = (
  <>
    <nav>
      <Link to="/team">Team</Link>
    </nav>
    <Routes>
      <Route path="/one-to-ones/*" element={<OneToOnesRoutes />} />
      <Route path="/team" element={<h1>Team page</h1>} />
    </Routes>
  </>
);

describe('one-to-one notes keep a draft', () => {
  it('saves typed shared notes as a draft and says so', async () => {
    const drafts = new Map<string, string>();
    const { calls } = renderWithClient(
      routes,
      {
        'oneToOnes:get': () => meeting,
        'drafts:get': ({ key }) => (drafts.has(key) ? { key, body: drafts.get(key) ?? '', updatedAt: '' } : null),
        'drafts:save': ({ key, body }) => {
          drafts.set(key, body);
          return { key, body, updatedAt: '' };
        },
      },
      '/one-to-ones/7',
    );
    const shared = await screen.findByLabelText('Shared notes');
    await waitFor(() => expect(calls.filter((c) => c.channel === 'drafts:get')).toHaveLength(2));
    await userEvent.type(shared, ' and Siân ap Dŵr joined');
    expect(await screen.findByText(/Draft saved\./, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(drafts.get('oneToOne:7:sharedNotes')).toBe('Saved before and Siân ap Dŵr joined');
    expect(calls.find((c) => c.channel === 'drafts:save')?.input).toMatchObject({ memberId: 2 });
  });

  it('puts a draft back when the page is opened again', async () => {
    renderWithClient(
      routes,
      {
        'oneToOnes:get': () => meeting,
        'drafts:get': ({ key }) => (key === 'oneToOne:7:sharedNotes' ? { key: 'oneToOne:7:sharedNotes', body: 'Typed before the reload', updatedAt: '' } : null),
      },
      '/one-to-ones/7',
    );
    await waitFor(() => expect(screen.getByLabelText('Shared notes')).toHaveValue('Typed before the reload'));
    expect(screen.getByText(/Draft restored: not yet saved to the record\./)).toBeInTheDocument();
  });

  it('asks before a link takes the manager away from unsaved notes', async () => {
    renderWithClient(routes, { 'oneToOnes:get': () => meeting, 'drafts:get': () => null, 'drafts:save': ({ key, body }) => ({ key, body, updatedAt: '' }) }, '/one-to-ones/7');
    const shared = await screen.findByLabelText('Shared notes');
    await act(async () => undefined);
    await userEvent.type(shared, '!');
    await userEvent.click(screen.getByRole('link', { name: 'Team' }));
    expect(await screen.findByRole('dialog', { name: 'Leave this page?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(screen.getByLabelText('Shared notes')).toHaveValue('Saved before!');
    await userEvent.click(screen.getByRole('link', { name: 'Team' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Leave page' }));
    expect(await screen.findByRole('heading', { name: 'Team page' })).toBeInTheDocument();
  });
});
