import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyMemberInput } from '../../../shared/domains/team';
import { createTestApp, type TestApp } from '../../helpers/test-app';

/** Reminders before a one-to-one (issue #18), by the injected clock: never the real time. */
describe('meeting reminders', () => {
  let t: TestApp;
  const notify = vi.fn<(title: string, body: string) => void>();
  let meetingId: number;
  const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`;

  beforeEach(async () => {
    notify.mockReset();
    t = await createTestApp({ now: at('09:30'), notify });
    const member = await t.call('team:create', { ...emptyMemberInput, name: 'Łukasz Żółć', jobTitle: 'Bibliotekarz', team: 'Żoliborz' });
    meetingId = (await t.call('oneToOnes:schedule', { memberId: member.id, scheduledAt: at('10:00'), durationMinutes: 30, location: 'Room 2', recurrence: 'none' } as never)).id;
  });
  afterEach(() => t.close());

  it('nothing 16 minutes before; at 15 minutes before one reminder and one OS notification; not again', async () => {
    t.setNow(at('09:44'));
    expect(await t.call('oneToOnes:takeReminders', {})).toEqual([]);
    expect(notify).not.toHaveBeenCalled();

    t.setNow(at('09:45'));
    const reminders = await t.call('oneToOnes:takeReminders', {});
    expect(reminders.map((r) => [r.meetingId, r.memberName])).toEqual([[meetingId, 'Łukasz Żółć']]);
    expect(reminders[0]?.body).toBe('Starts in 15 minutes · Room 2');
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify.mock.calls[0]?.[1]).toBe('Starts in 15 minutes · Room 2');
    expect(notify.mock.calls[0]?.[0]).toMatch(/^One-to-one with Łukasz Żółć at \d\d:00$/);

    t.setNow(at('09:50'));
    expect(await t.call('oneToOnes:takeReminders', {})).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('a meeting moved to a new time is reminded again; a cancelled or past one is not', async () => {
    t.setNow(at('09:50'));
    expect(await t.call('oneToOnes:takeReminders', {})).toHaveLength(1);
    await t.call('oneToOnes:update', { id: meetingId, changes: { scheduledAt: at('11:00'), durationMinutes: 30, location: 'Room 2', recurrence: 'none' } });
    t.setNow(at('10:50'));
    expect((await t.call('oneToOnes:takeReminders', {}))[0]?.body).toBe('Starts in 10 minutes · Room 2');

    await t.call('oneToOnes:update', { id: meetingId, changes: { scheduledAt: at('11:05'), durationMinutes: 30, location: '', recurrence: 'none' } });
    await t.call('oneToOnes:setStatus', { id: meetingId, status: 'cancelled' });
    expect(await t.call('oneToOnes:takeReminders', {})).toEqual([]);
    t.setNow(at('11:30'));
    await t.call('oneToOnes:setStatus', { id: meetingId, status: 'scheduled' });
    expect(await t.call('oneToOnes:takeReminders', {})).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(2);
  });
});
