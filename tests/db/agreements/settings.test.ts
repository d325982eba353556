import { afterEach, describe, expect, it } from 'vitest';
import { agreementsAgendaHints } from '../../../electron/main/domains/agreements/agenda';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

let t: TestApp;
afterEach(() => t.close());

describe('templates and the off-the-job rule are data the manager edits', () => {
  it('a saved template is what the next agreement starts from; reset brings back the shipped one', async () => {
    t = await createTestApp({ sample: true });
    const [shipped] = (await t.call('agreements:templates', {})).filter((x) => x.scheme === 'work_placement');
    if (!shipped) throw new Error('no placement template');
    expect(shipped.customised).toBe(false);
    const saved = await t.call('agreements:saveTemplate', {
      scheme: 'work_placement', durationWeeks: 6, content: { ...shipped.content, placeOfWork: 'Eastgate Community Library' },
    });
    expect(saved).toMatchObject({ customised: true, durationWeeks: 6 });
    const student = await sampleMember(t, 'Placement Student');
    const created = await t.call('agreements:create', { memberId: student.id, scheme: 'work_placement', startDate: '2026-11-02', endDate: '2026-12-11' });
    expect(created.versions[0]?.content.placeOfWork).toBe('Eastgate Community Library');
    const reset = await t.call('agreements:resetTemplate', { scheme: 'work_placement' });
    expect(reset).toMatchObject({ customised: false, durationWeeks: shipped.durationWeeks });
    // Existing agreements keep what they started with.
    expect((await t.call('agreements:get', { id: created.id })).versions[0]?.content.placeOfWork).toBe('Eastgate Community Library');
  });

  it('a rule out of range is refused with the field named; a valid total rule changes the apprentice’s progress', async () => {
    t = await createTestApp({ sample: true });
    const before = t.checksum();
    const bad = await t.fail('agreements:saveOtjRule', { mode: 'weekly', hoursPerWeek: 6, fullTimeHours: 20 });
    expect(bad).toMatchObject({ code: 'VALIDATION', field: 'fullTimeHours' });
    const badTemplate = await t.fail('agreements:saveTemplate', { scheme: 'apprenticeship', durationWeeks: 78, content: { hoursPerWeek: 60 } });
    expect(badTemplate.code).toBe('VALIDATION');
    expect(t.checksum()).toBe(before);
    await t.call('agreements:saveOtjRule', { mode: 'total', totalHours: 278 });
    expect((await t.call('agreements:settings', {})).otjRule).toEqual({ mode: 'total', totalHours: 278 });
    const [apprenticeship] = (await t.call('agreements:list', {})).filter((a) => a.scheme === 'apprenticeship');
    expect(apprenticeship?.otj).toMatchObject({ status: 'on_track', requiredTotal: 278 });
  });

  it('suggests the end of an agreement within 30 days for the one-to-one agenda', async () => {
    t = await createTestApp({ sample: true });
    const student = await sampleMember(t, 'Placement Student');
    await t.call('agreements:create', { memberId: student.id, scheme: 'work_placement', startDate: '2026-11-02', endDate: '2026-12-11' });
    const hints = agreementsAgendaHints(t.db, student.id, '2026-11-23');
    expect(hints).toEqual([expect.objectContaining({ source: 'agreements', title: 'Work placement ends soon', priority: 2 })]);
    expect(hints[0]?.detail).toContain('11/12/2026 (18 days)');
    expect(agreementsAgendaHints(t.db, student.id, '2026-10-01')).toEqual([]);
  });
});
