import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BuddyPair, CoachingRecord } from '../../../shared/domains/activities';
import { BuddyingTab } from '../../../renderer/src/pages/activities/buddying-tab';
import { CoachingTab } from '../../../renderer/src/pages/activities/coaching-tab';
import { later, member } from '../helpers/fixtures';
import { renderWithClient } from '../helpers/render';

const team = [member(2, 'Łukasz Żółć'), member(3, 'Siân ap Dŵr'), member(4, 'Zoë Example')];
/** The team arrives after the list, as it can over IPC. */
const slowTeam = later(team, 50);
const WAIT = { timeout: 5000 };

const coaching: CoachingRecord = {
  id: 11, coacheeId: 2, coacheeName: 'Łukasz Żółć', coachMemberId: 3, coachName: '', coachLabel: 'Siân ap Dŵr',
  heldOn: '2026-11-02', hours: 1, goal: 'Lead the stock review', reality: '', options: '', wayForward: '', actions: [], cpdLogged: 0, cpdLoggedFor: [],
};
const pair: BuddyPair = {
  id: 5, buddyId: 3, buddyName: 'Siân ap Dŵr', newStarterId: 4, newStarterName: 'Zoë Example', startedOn: '2026-10-01', endedOn: null,
  focus: '', buddyNotes: '', starterNotes: '', cpdLogged: 0, sessionsLogged: 0, lastLoggedOn: null,
};

describe('log a coaching session as CPD again after one entry was deleted', () => {
  it('offers only the person whose CPD log no longer holds it', async () => {
    renderWithClient(<CoachingTab />, {
      'activities:listCoaching': () => [{ ...coaching, cpdLogged: 1, cpdLoggedFor: [3] }],
      'team:list': () => team,
      'drafts:get': () => null,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Log as CPD: coaching for Łukasz Żółć on 02/11/2026' }));
    const dialog = screen.getByRole('dialog', { name: 'Log as CPD: Coaching, 02/11/2026' });
    expect(dialog).toHaveAccessibleDescription('Adds an entry to the CPD log of Łukasz Żółć.');
    expect(within(dialog).getByRole('button', { name: 'Create 1 CPD entry' })).toBeInTheDocument();
  });
});

describe('activity edit forms open with the record’s people', () => {
  it('Coaching → Edit shows the coachee and the team coach, and re-picking the coachee keeps the coach', async () => {
    const { calls } = renderWithClient(<CoachingTab />, {
      'activities:listCoaching': () => [coaching],
      'team:list': slowTeam,
      'drafts:get': () => null,
      'activities:updateCoaching': (input) => ({ ...coaching, ...input.changes }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit coaching for Łukasz Żółć on 02/11/2026' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit coaching session' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Coachee' })).toHaveValue('2'), WAIT);
    expect(within(dialog).getByRole('combobox', { name: 'Coach from the team' })).toHaveValue('3');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Coachee' }), 'Zoë Example');
    expect(within(dialog).getByRole('combobox', { name: 'Coach from the team' })).toHaveValue('3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('activities:updateCoaching'), WAIT);
    expect(calls.find((c) => c.channel === 'activities:updateCoaching')?.input).toMatchObject({ id: 11, changes: { coacheeId: 4, coachMemberId: 3, goal: 'Lead the stock review' } });
  });

  it('Buddying → Edit shows both people and saves them unchanged', async () => {
    const { calls } = renderWithClient(<BuddyingTab />, {
      'activities:listBuddies': () => [pair],
      'team:list': slowTeam,
      'drafts:get': () => null,
      'activities:updateBuddy': () => pair,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Siân ap Dŵr with Zoë Example' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit buddy pair' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Buddy (experienced colleague)' })).toHaveValue('3'), WAIT);
    expect(within(dialog).getByRole('combobox', { name: 'New starter' })).toHaveValue('4');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('activities:updateBuddy'), WAIT);
    expect(calls.find((c) => c.channel === 'activities:updateBuddy')?.input).toMatchObject({ id: 5, changes: { buddyId: 3, newStarterId: 4 } });
  });

  it('keeps a person who has left the team choosable in their own record', async () => {
    renderWithClient(<CoachingTab />, {
      'activities:listCoaching': () => [{ ...coaching, coachMemberId: 9, coachLabel: 'Rhodri Left' }],
      'team:list': slowTeam,
      'drafts:get': () => null,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit coaching for Łukasz Żółć on 02/11/2026' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Coach from the team' })).toHaveValue('9'), WAIT);
    expect(screen.getByRole('option', { name: 'Rhodri Left', selected: true })).toBeInTheDocument();
  });

  it('deletes a coaching session and Undo puts it back as it was, with the CPD entries it had given', async () => {
    const { calls } = renderWithClient(<CoachingTab />, {
      'activities:listCoaching': () => [coaching],
      'activities:deleteCoaching': () => ({ ...coaching, cpdEntryIds: [41, 42] }),
      'activities:restoreCoaching': () => coaching,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete coaching for Łukasz Żółć on 02/11/2026' }));
    expect(await screen.findByText('Coaching session with Łukasz Żółć on 02/11/2026 deleted.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('activities:restoreCoaching'), WAIT);
    const { coacheeName: _n, coachLabel: _l, cpdLogged: _c, cpdLoggedFor: _f, ...input } = coaching;
    expect(calls.find((c) => c.channel === 'activities:restoreCoaching')?.input).toEqual({ ...input, cpdEntryIds: [41, 42] });
  });
});
