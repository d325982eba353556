import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaHint } from '../../../shared/domains/agenda';
import { oneToOnesThisWeek } from '../../../electron/main/domains/one-to-ones/dashboard';
import { docxText, inkedShareOfFirstPage, hasPdftoppm } from '../../helpers/documents';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

// The registration domain is built in parallel: stand in for its hints so the agenda wiring is tested.
const registrationHints = vi.hoisted(() => ({ value: [] as AgendaHint[] }));
vi.mock('../../../electron/main/domains/registration/agenda', () => ({
  registrationAgendaHints: (_db: unknown, memberId: number) =>
    registrationHints.value.map((h) => ({ ...h, key: `${h.key}:${memberId}` })),
}));
// The other domains' own sample stories would add their hints; these tests are about the agenda mechanics.
vi.mock('../../../electron/main/domains/skills/agenda', () => ({ skillsAgendaHints: () => [] }));
vi.mock('../../../electron/main/domains/agreements/agenda', () => ({ agreementsAgendaHints: () => [] }));
vi.mock('../../../electron/main/domains/recognition/agenda', () => ({ recognitionAgendaHints: () => [] }));

const stalled: AgendaHint = {
  source: 'registration',
  key: 'registration:stalled',
  title: 'Chartership has stalled',
  detail: 'No progress for 120 days',
  link: '/registration',
  priority: 1,
};
const nomination: AgendaHint = { ...stalled, key: 'registration:revalidation', title: 'Revalidation due', priority: 2 };

describe('one-to-ones', () => {
  let t: TestApp;
  let memberId: number;
  const schedule = (over: Record<string, unknown> = {}) =>
    t.call('oneToOnes:schedule', {
      memberId,
      scheduledAt: '2026-11-26T10:00:00.000Z',
      durationMinutes: 45,
      location: 'Room 2',
      recurrence: 'monthly',
      ...over,
    } as never);

  beforeEach(async () => {
    registrationHints.value = [stalled, nomination];
    t = await createTestApp({ sample: true });
    memberId = (await sampleMember(t, 'Systems and Metadata')).id;
  });
  afterEach(() => t.close());

  it('schedules a meeting that shows under this week, and "Schedule next" books a month later', async () => {
    const m = await schedule();
    const overview = await t.call('oneToOnes:overview', {});
    expect(overview.weekStart).toBe('2026-11-23');
    expect(overview.thisWeek.map((x) => x.id)).toContain(m.id);
    const next = await t.call('oneToOnes:scheduleNext', { id: m.id });
    expect(next.scheduledAt).toBe('2026-12-26T10:00:00.000Z');
    expect((await t.call('oneToOnes:get', { id: m.id })).nextMeetingId).toBe(next.id);
    const again = await t.fail('oneToOnes:scheduleNext', { id: m.id });
    expect(again.code).toBe('CONFLICT');
    expect(t.events).toContain('oneToOnes:changed');
  });

  it('lists a meeting earlier this week that was never recorded under "to write up", not as upcoming', async () => {
    const m = await schedule({ scheduledAt: '2026-11-23T09:00:00.000Z' });
    t.setNow('2026-11-25T12:00:00.000Z');
    const overview = await t.call('oneToOnes:overview', {});
    expect(overview.toRecord.map((x) => x.id)).toContain(m.id);
    expect(overview.thisWeek.map((x) => x.id)).not.toContain(m.id);
    await t.call('oneToOnes:setStatus', { id: m.id, status: 'held' });
    expect((await t.call('oneToOnes:overview', {})).toRecord.map((x) => x.id)).not.toContain(m.id);
  });

  it('suggests the agenda from other domains, most urgent first, and remembers removals', async () => {
    const m = await schedule();
    expect(m.suggestions.map((h) => h.title)).toEqual(['Chartership has stalled', 'Revalidation due']);
    const key = m.suggestions[0]?.key as string;
    let after = await t.call('oneToOnes:acceptSuggestion', { meetingId: m.id, key });
    expect(after.agenda.map((i) => i.title)).toEqual(['Chartership has stalled']);
    expect(after.suggestions.map((h) => h.title)).toEqual(['Revalidation due']);

    after = await t.call('oneToOnes:dismissSuggestion', { meetingId: m.id, key: after.suggestions[0]?.key as string });
    expect(after.suggestions).toEqual([]);
    // Removing an accepted item must not bring the suggestion straight back, at this or the next meeting.
    after = await t.call('oneToOnes:removeAgendaItem', { id: after.agenda[0]?.id as number });
    expect(after.agenda).toEqual([]);
    expect(after.suggestions).toEqual([]);
    const next = await t.call('oneToOnes:scheduleNext', { id: m.id });
    expect(next.suggestions).toEqual([]);
    // Undo puts it back.
    after = await t.call('oneToOnes:addAgendaItem', { meetingId: m.id, title: stalled.title, hintKey: key, source: 'registration' } as never);
    expect(after.agenda.map((i) => i.hintKey)).toEqual([key]);
  });

  it('reorders the agenda and refuses an order that drops an item, writing nothing', async () => {
    const m = await schedule();
    await t.call('oneToOnes:acceptAllSuggestions', { meetingId: m.id });
    const withManual = await t.call('oneToOnes:addAgendaItem', { meetingId: m.id, title: 'Leave plans' } as never);
    const ids = withManual.agenda.map((i) => i.id);
    expect(withManual.agenda.map((i) => i.title)).toEqual(['Chartership has stalled', 'Revalidation due', 'Leave plans']);
    const reordered = await t.call('oneToOnes:reorderAgenda', { meetingId: m.id, itemIds: [ids[2], ids[0], ids[1]] as number[] });
    expect(reordered.agenda.map((i) => i.title)).toEqual(['Leave plans', 'Chartership has stalled', 'Revalidation due']);
    const before = t.checksum();
    const error = await t.fail('oneToOnes:reorderAgenda', { meetingId: m.id, itemIds: [ids[0]] });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'itemIds' });
    expect(t.checksum()).toBe(before);
  });

  it('carries open actions to later meetings until they are done', async () => {
    const first = await schedule({ scheduledAt: '2026-10-20T09:00:00.000Z' });
    await t.call('oneToOnes:setStatus', { id: first.id, status: 'held' });
    const withAction = await t.call('oneToOnes:addAction', { meetingId: first.id, text: 'Draft the induction checklist', owner: 'member', dueOn: '2026-11-01' });
    const actionId = withAction.actions[0]?.id as number;
    const second = await t.call('oneToOnes:scheduleNext', { id: first.id });
    // The 20 November slot has passed, so the series picks up at the next one still ahead.
    expect(second.scheduledAt.slice(0, 10)).toBe('2026-12-20');
    const later = await t.call('oneToOnes:scheduleNext', { id: second.id });
    expect(later.scheduledAt.slice(0, 10)).toBe('2027-01-20');
    expect(later.carriedActions.map((a) => a.text)).toEqual(['Draft the induction checklist']);
    expect((await t.call('oneToOnes:overview', {})).overdueActions.map((a) => a.text)).toContain('Draft the induction checklist');
    expect((await t.call('oneToOnes:forMember', { memberId })).openActions).toHaveLength(1);

    const done = await t.call('oneToOnes:setActionDone', { id: actionId, done: true });
    expect(done.doneAt).toBe('2026-11-23T10:00:00.000Z');
    expect((await t.call('oneToOnes:get', { id: later.id })).carriedActions).toEqual([]);
    expect((await t.call('oneToOnes:overview', {})).overdueActions.map((a) => a.text)).not.toContain('Draft the induction checklist');
  });

  it('refuses to record a future meeting as held, naming the field, and writes nothing', async () => {
    const m = await schedule({ scheduledAt: '2026-12-10T10:00:00.000Z' });
    const before = t.checksum();
    expect(await t.fail('oneToOnes:setStatus', { id: m.id, status: 'held' })).toMatchObject({ code: 'VALIDATION', field: 'status' });
    expect(await t.fail('oneToOnes:schedule', { memberId, scheduledAt: '2026-11-26T10:00:00.000Z', durationMinutes: 0, location: '', recurrence: 'monthly' }))
      .toMatchObject({ code: 'VALIDATION', field: 'durationMinutes' });
    expect(await t.fail('oneToOnes:schedule', { memberId, scheduledAt: '2031-01-01T10:00:00.000Z', durationMinutes: 30, location: '', recurrence: 'none' }))
      .toMatchObject({ code: 'VALIDATION', field: 'scheduledAt' });
    expect(await t.fail('oneToOnes:schedule', { memberId, scheduledAt: 'next tuesday', durationMinutes: 30, location: '', recurrence: 'none' }))
      .toMatchObject({ code: 'VALIDATION', field: 'scheduledAt' });
    expect(await t.fail('oneToOnes:addAction', { meetingId: m.id, text: '  ', owner: 'member', dueOn: null }))
      .toMatchObject({ code: 'VALIDATION', field: 'text' });
    expect(await t.fail('oneToOnes:scheduleNext', { id: (await schedule({ recurrence: 'none' })).id }))
      .toMatchObject({ code: 'VALIDATION', field: 'recurrence' });
    expect(t.checksum()).not.toBe(before); // the meeting scheduled just above
  });

  it('keeps private notes out of the exported shared notes and the calendar file', async () => {
    const m = await schedule();
    await t.call('oneToOnes:acceptAllSuggestions', { meetingId: m.id });
    await t.call('oneToOnes:saveNotes', { id: m.id, privateNotes: 'Worried about sickness absence', sharedNotes: 'Agreed to book the revalidation workshop' });
    await t.call('oneToOnes:addAction', { meetingId: m.id, text: 'Book the workshop', owner: 'member', dueOn: '2026-12-15' });

    const ics = await t.call('oneToOnes:exportIcs', { id: m.id });
    expect(ics.mimeType).toBe('text/calendar');
    expect(ics.content).toContain('DTSTART:20261126T100000Z');
    expect(ics.content).toContain('Chartership has stalled');
    expect(ics.content).not.toContain('sickness');

    const docx = await t.call('oneToOnes:exportSharedNotes', { id: m.id, format: 'docx' });
    const text = await docxText(Buffer.from(docx.content, 'base64'));
    expect(text).toContain('Agreed to book the revalidation workshop');
    expect(text).toContain('Book the workshop');
    expect(text).toContain('15/12/2026');
    expect(text).not.toContain('sickness');

    const pdf = await t.call('oneToOnes:exportSharedNotes', { id: m.id, format: 'pdf' });
    expect(pdf.fileName).toMatch(/\.pdf$/);
    if (hasPdftoppm()) expect(await inkedShareOfFirstPage(Buffer.from(pdf.content, 'base64'))).toBeGreaterThan(0.01);
  });

  it('seeds the chartership candidate a monthly meeting later this week with a carried action', async () => {
    const candidate = await sampleMember(t, 'Assistant Librarian');
    const mine = await t.call('oneToOnes:forMember', { memberId: candidate.id });
    expect(mine.next?.scheduledAt.slice(0, 10)).toBe('2026-11-25');
    expect(mine.next?.recurrence).toBe('monthly');
    const meeting = await t.call('oneToOnes:get', { id: mine.next?.id as number });
    expect(meeting.carriedActions.map((a) => a.text)).toEqual(['Send the mentor a draft of the PKSB gap analysis']);
    expect(meeting.suggestions[0]?.title).toBe('Chartership has stalled');

    const week = oneToOnesThisWeek(t.db, '2026-11-23');
    expect(week).toEqual([expect.objectContaining({ memberName: candidate.name, agendaCount: 0, suggestionCount: 2, openActionCount: 1 })]);
  });

  it('finds the week and the overdue actions without scanning every meeting or action', () => {
    const plan = (sql: string) =>
      (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(`SELECT id FROM one_to_ones WHERE status = 'scheduled' AND scheduled_at >= '2026-11-23' AND scheduled_at < '2026-12-07'`))
      .not.toMatch(/SCAN one_to_ones\b/);
    expect(plan(`SELECT id FROM one_to_one_actions WHERE done_at IS NULL AND due_on < '2026-11-23'`)).not.toMatch(/SCAN one_to_one_actions\b/);
    expect(plan(`SELECT id FROM one_to_one_actions WHERE member_id = 1 AND done_at IS NULL`)).not.toMatch(/SCAN one_to_one_actions\b/);
  });
});
