import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMemberInput } from '../../../shared/domains/team';
import { createTestApp, type TestApp } from '../../helpers/test-app';

/** A local wall-clock time as the UTC instant the app stores (the series keeps its local time). */
const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

interface Parsed {
  method: string | null;
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  location: string | null;
  rrule: { freq: string; interval: number; byDay?: string[]; byMonthDay?: number[] };
  starts: string[];
}

/** Parses with ical.js (strict: throws on malformed content lines) and expands the RRULE. */
function parse(content: string, count = 4): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(content));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0]!;
  const event = new ICAL.Event(vevent);
  const it = event.iterator();
  const starts: string[] = [];
  for (let next = it.next(); next && starts.length < count; next = it.next()) starts.push(next.toString());
  return {
    method: (calendar.getFirstPropertyValue('method') as string | null) ?? null,
    uid: event.uid,
    sequence: event.sequence,
    status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
    summary: event.summary,
    location: event.location,
    rrule: (() => {
      const r = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
      const parts = r.parts as { BYDAY?: string[]; BYMONTHDAY?: number[] };
      return { freq: r.freq, interval: r.interval, ...(parts.BYDAY ? { byDay: parts.BYDAY } : {}), ...(parts.BYMONTHDAY ? { byMonthDay: parts.BYMONTHDAY } : {}) };
    })(),
    starts,
  };
}

describe('a one-to-one series exports as one recurring calendar event', () => {
  let t: TestApp;
  let memberId: number;
  beforeEach(async () => {
    t = await createTestApp();
    memberId = (await t.call('team:create', { ...emptyMemberInput, name: 'Łukasz Żółć', jobTitle: 'Bibliotekarz', team: 'Żoliborz' })).id;
  });
  afterEach(() => t.close());

  const create = (over: Record<string, unknown> = {}) =>
    t.call('oneToOnes:createSeries', {
      memberId,
      startsAt: local(2026, 12, 1, 10),
      durationMinutes: 45,
      location: 'Pokój 2, Żółta sala; piętro 1',
      frequency: 'weekly',
      interval: 4,
      ...over,
    } as never);

  it('every four weeks on Tuesday 10:00: RRULE with FREQ, INTERVAL and BYDAY; the first dates expand from it', async () => {
    const first = await create();
    expect(first.series?.label).toBe('Every 4 weeks on Tuesday at 10:00');
    expect(first.scheduledAt).toBe(local(2026, 12, 1, 10));
    const file = await t.call('oneToOnes:exportSeriesIcs', { id: first.series!.id });
    const ics = parse(file.content);
    expect(ics.rrule).toEqual({ freq: 'WEEKLY', interval: 4, byDay: ['TU'] });
    expect(file.content).toContain('\r\nRRULE:FREQ=WEEKLY;INTERVAL=4;BYDAY=TU\r\n');
    expect(ics.starts).toEqual(['2026-12-01T10:00:00', '2026-12-29T10:00:00', '2027-01-26T10:00:00', '2027-02-23T10:00:00']);
    expect(ics.sequence).toBe(0);
    expect(ics.method).toBe('PUBLISH');
    // Names and places with non-ASCII letters, commas and semicolons survive folding and escaping.
    expect(ics.summary).toBe('One-to-one: Łukasz Żółć');
    expect(ics.location).toBe('Pokój 2, Żółta sala; piętro 1');
    for (const line of file.content.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('a monthly series says BYMONTHDAY; the app books its next meeting on the date the calendar shows', async () => {
    const first = await create({ frequency: 'monthly', interval: 1, startsAt: local(2026, 12, 3, 9, 30) });
    expect(first.series?.label).toBe('Every month on the 3rd at 09:30');
    const ics = parse((await t.call('oneToOnes:exportSeriesIcs', { id: first.series!.id })).content, 3);
    expect(ics.rrule).toEqual({ freq: 'MONTHLY', interval: 1, byMonthDay: [3] });
    expect(ics.starts).toEqual(['2026-12-03T09:30:00', '2027-01-03T09:30:00', '2027-02-03T09:30:00']);
    const next = await t.call('oneToOnes:scheduleNext', { id: first.id });
    expect(next.scheduledAt).toBe(local(2027, 1, 3, 9, 30));
    expect(next.series?.id).toBe(first.series?.id);
  });

  it('a change exports with the same UID and a higher SEQUENCE, and moves the meeting still to come', async () => {
    const first = await create();
    const before = parse((await t.call('oneToOnes:exportSeriesIcs', { id: first.series!.id })).content);
    const changed = await t.call('oneToOnes:updateSeries', {
      id: first.series!.id,
      changes: { startsAt: local(2026, 12, 3, 14), durationMinutes: 60, location: 'Room 4', frequency: 'weekly', interval: 2 },
    });
    expect(changed.sequence).toBe(1);
    const after = parse((await t.call('oneToOnes:exportSeriesIcs', { id: first.series!.id })).content, 2);
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.rrule).toEqual({ freq: 'WEEKLY', interval: 2, byDay: ['TH'] });
    expect(after.starts).toEqual(['2026-12-03T14:00:00', '2026-12-17T14:00:00']);
    expect((await t.call('oneToOnes:get', { id: first.id })).scheduledAt).toBe(local(2026, 12, 3, 14));
  });

  it('a cancellation exports METHOD:CANCEL and STATUS:CANCELLED with the same UID and a higher SEQUENCE; its meetings to come are cancelled', async () => {
    const first = await create();
    const before = parse((await t.call('oneToOnes:exportSeriesIcs', { id: first.series!.id })).content);
    await t.call('oneToOnes:cancelSeries', { id: first.series!.id });
    const file = await t.call('oneToOnes:exportSeriesIcs', { id: first.series!.id });
    const after = parse(file.content);
    expect([after.method, after.status, after.uid]).toEqual(['CANCEL', 'CANCELLED', before.uid]);
    expect(after.sequence).toBe(before.sequence + 1);
    expect(file.fileName).toMatch(/-cancelled\.ics$/);
    expect((await t.call('oneToOnes:get', { id: first.id })).status).toBe('cancelled');
    expect(await t.fail('oneToOnes:updateSeries', { id: first.series!.id, changes: { startsAt: local(2026, 12, 3, 14), durationMinutes: 60, location: '', frequency: 'weekly', interval: 2 } })).toMatchObject({ code: 'CONFLICT' });
  });

  it('each series has its own UID; a monthly series on the 29th to 31st is refused, naming the field, with nothing written', async () => {
    const a = await create();
    await t.call('oneToOnes:cancelSeries', { id: a.series!.id });
    const b = await create({ startsAt: local(2026, 12, 2, 10) });
    expect(a.series?.uid).not.toBe(b.series?.uid);
    await t.call('oneToOnes:cancelSeries', { id: b.series!.id });
    const before = t.checksum();
    expect(await t.fail('oneToOnes:createSeries', { memberId, startsAt: local(2026, 12, 31, 10), durationMinutes: 30, location: '', frequency: 'monthly', interval: 1 })).toMatchObject({ code: 'VALIDATION', field: 'startsAt' });
    expect(await t.fail('oneToOnes:createSeries', { memberId, startsAt: local(2026, 12, 1, 10), durationMinutes: 30, location: '', frequency: 'weekly', interval: 13 })).toMatchObject({ code: 'VALIDATION', field: 'interval' });
    expect(t.checksum()).toBe(before);
  });

  it('a second active series for the same person is refused with nothing written; after a cancellation a new one can start', async () => {
    const first = await create();
    const before = t.checksum();
    const again = await t.fail('oneToOnes:createSeries', { memberId, startsAt: local(2026, 12, 2, 10), durationMinutes: 30, location: '', frequency: 'monthly', interval: 1 });
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'memberId' });
    expect(again.message).toBe('Łukasz Żółć already has regular one-to-ones (Every 4 weeks on Tuesday at 10:00): change or cancel that series first.');
    expect(t.checksum()).toBe(before);
    await t.call('oneToOnes:cancelSeries', { id: first.series!.id });
    const next = await create({ startsAt: local(2026, 12, 2, 10), frequency: 'monthly', interval: 1 });
    expect(next.series?.label).toBe('Every month on the 2nd at 10:00');
  });

  it('a meeting moved on its own is an exception of its occurrence, one cancelled on its own is skipped, and the SEQUENCE rises', async () => {
    const first = await create();
    const second = await t.call('oneToOnes:scheduleNext', { id: first.id });
    const third = await t.call('oneToOnes:scheduleNext', { id: second.id });
    expect([second.scheduledAt, third.scheduledAt]).toEqual([local(2026, 12, 29, 10), local(2027, 1, 26, 10)]);
    // The meeting of Tuesday 29 December moves to Wednesday 30 December at 14:00, for an hour, in another room.
    await t.call('oneToOnes:update', { id: second.id, changes: { scheduledAt: local(2026, 12, 30, 14), durationMinutes: 60, location: 'Ystafell 3', recurrence: 'none' } });
    await t.call('oneToOnes:setStatus', { id: third.id, status: 'cancelled' });
    expect((await t.call('oneToOnes:get', { id: second.id })).movedFrom).toBe(local(2026, 12, 29, 10));
    expect((await t.call('oneToOnes:get', { id: first.id })).movedFrom).toBeNull();
    const file = await t.call('oneToOnes:exportSeriesIcs', { id: first.series!.id });

    const calendar = new ICAL.Component(ICAL.parse(file.content));
    const [master, ...exceptions] = calendar.getAllSubcomponents('vevent');
    expect(exceptions).toHaveLength(1);
    const moved = new ICAL.Event(exceptions[0]!);
    expect(moved.uid).toBe(first.series!.uid);
    expect(moved.recurrenceId.toString()).toBe('2026-12-29T10:00:00');
    expect(moved.startDate.toString()).toBe('2026-12-30T14:00:00');
    expect(moved.duration.toSeconds()).toBe(3600);
    expect(moved.location).toBe('Ystafell 3');
    expect(file.content).toContain('\r\nEXDATE:20270126T100000\r\n');
    const event = new ICAL.Event(master!);
    expect(event.sequence).toBe(2);
    for (const e of exceptions) event.relateException(e);
    // Expanded as a calendar would: the moved occurrence at its new time, the cancelled one gone.
    const it = event.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next && starts.length < 4; next = it.next()) starts.push(event.getOccurrenceDetails(next).startDate.toString());
    expect(starts).toEqual(['2026-12-01T10:00:00', '2026-12-30T14:00:00', '2027-02-23T10:00:00', '2027-03-23T10:00:00']);
  });

  it('"Schedule next" after a meeting moved earlier books the series\' next date, not the moved meeting\'s own date again', async () => {
    const first = await create();
    const second = await t.call('oneToOnes:scheduleNext', { id: first.id });
    // Tuesday 29 December moves back a day, to Monday 28 December.
    await t.call('oneToOnes:update', { id: second.id, changes: { scheduledAt: local(2026, 12, 28, 10), durationMinutes: 45, location: second.location, recurrence: 'none' } });
    const third = await t.call('oneToOnes:scheduleNext', { id: second.id });
    expect(third.scheduledAt).toBe(local(2027, 1, 26, 10));
  });

  it('a first meeting more than two years ahead (or before 2000) is refused on the series field, so the dialog shows it under that date', async () => {
    const first = await create();
    const before = t.checksum();
    const series = { memberId, durationMinutes: 30, location: '', frequency: 'weekly', interval: 4 };
    expect(await t.fail('oneToOnes:createSeries', { ...series, startsAt: local(2029, 12, 4, 10) })).toMatchObject({ code: 'VALIDATION', field: 'startsAt' });
    expect(await t.fail('oneToOnes:createSeries', { ...series, startsAt: local(1999, 12, 7, 10) })).toMatchObject({ code: 'VALIDATION', field: 'startsAt' });
    const change = { startsAt: local(2030, 1, 1, 14), durationMinutes: 60, location: '', frequency: 'weekly', interval: 2 };
    expect(await t.fail('oneToOnes:updateSeries', { id: first.series!.id, changes: change })).toMatchObject({ code: 'VALIDATION', field: 'changes.startsAt' });
    expect(t.checksum()).toBe(before);
  });
});
