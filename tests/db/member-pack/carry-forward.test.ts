import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';

vi.mock('electron', () => ({}));

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ sample: true });
});
afterEach(() => t.close());

it('an agenda topic not covered at a held meeting is suggested first at the next one; a covered one is not', async () => {
  const member = t.db.prepare<[], { id: number }>(`SELECT id FROM members WHERE job_title LIKE 'Graduate Trainee%'`).get()!;
  const first = await t.call('oneToOnes:schedule', { memberId: member.id, scheduledAt: '2026-11-17T10:00:00.000Z', durationMinutes: 30, location: '', recurrence: 'none' } as never);
  await t.call('oneToOnes:addAgendaItem', { meetingId: first.id, title: 'Rota for December', detail: '', link: '', source: 'manual', hintKey: null } as never);
  const m = await t.call('oneToOnes:addAgendaItem', { meetingId: first.id, title: 'Łukasz Żółć’s shadowing offer', detail: 'Records centre', link: '', source: 'manual', hintKey: null } as never);
  const [rota, shadowing] = m.agenda;
  await t.call('oneToOnes:setAgendaCovered', { id: rota!.id, covered: true });
  await t.call('oneToOnes:setStatus', { id: first.id, status: 'held' } as never);
  const next = await t.call('oneToOnes:schedule', { memberId: member.id, scheduledAt: '2026-12-15T10:00:00.000Z', durationMinutes: 30, location: '', recurrence: 'none' } as never);
  const shown = await t.call('oneToOnes:get', { id: next.id });
  expect(shown.suggestions[0]).toMatchObject({ title: 'Łukasz Żółć’s shadowing offer', detail: 'Not covered last time. Records centre', source: 'oneToOnes' });
  expect(shown.suggestions.some((s) => s.title === 'Rota for December')).toBe(false);
  // Added to the new agenda, it is no longer suggested.
  const added = await t.call('oneToOnes:acceptSuggestion', { meetingId: next.id, key: shown.suggestions[0]!.key } as never);
  expect(added.agenda.map((i) => i.title)).toEqual(['Łukasz Żółć’s shadowing offer']);
  expect(added.suggestions.some((s) => s.title === 'Łukasz Żółć’s shadowing offer')).toBe(false);
  expect(shadowing).toBeDefined();
});
