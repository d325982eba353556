import { afterEach, describe, expect, it } from 'vitest';
import { agreementsAgendaHints } from '../../../electron/main/domains/agreements/agenda';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

let t: TestApp;
afterEach(() => t.close());

describe('templates are data the manager edits; off-the-job rules are data with effective dates', () => {
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

  it('names the off-the-job rules with their effective dates and sources; no rule is edited by hand', async () => {
    t = await createTestApp({ sample: true });
    const settings = await t.call('agreements:settings', {});
    expect(settings.otjRules.map((r) => [r.id, r.startsFrom, r.startsUntil])).toEqual([
      ['england-2022', '2022-08-01', '2025-07-31'],
      ['england-2025', '2025-08-01', null],
    ]);
    expect(settings.otjRules.every((r) => /DfE/.test(r.source))).toBe(true);
    expect(settings.fullTimeHours).toBe(37);
    // The sample apprentice's standard can be picked for the next apprenticeship, with its minimum.
    expect(settings.knownStandards).toEqual([{ name: 'Library, information and archive services assistant (level 3)', otjMinimumHours: 420 }]);
    const badTemplate = await t.fail('agreements:saveTemplate', { scheme: 'apprenticeship', durationWeeks: 78, content: { placeOfWork: 5 } });
    expect(badTemplate.code).toBe('VALIDATION');
  });

  it('a template saved before the new headings existed still starts new agreements, with those headings empty', async () => {
    t = await createTestApp({ sample: true });
    const [shipped] = (await t.call('agreements:templates', {})).filter((x) => x.scheme === 'work_placement');
    if (!shipped) throw new Error('no placement template');
    const { studyTime: _s, supervisorTime: _v, aims: _a, apprenticeshipStandard: _p, otjMinimumHours: _o, ...old } = shipped.content;
    t.db.prepare(`INSERT INTO settings (key, value) VALUES ('agreements.template.work_placement', ?)`).run(
      JSON.stringify({ durationWeeks: 8, content: { ...old, hoursPerWeek: 40, placeOfWork: 'Old Town Library' } }),
    );
    const [saved] = (await t.call('agreements:templates', {})).filter((x) => x.scheme === 'work_placement');
    expect(saved).toMatchObject({ customised: true, durationWeeks: 8 });
    expect(saved?.content).toMatchObject({ placeOfWork: 'Old Town Library', studyTime: '', aims: { skills: '', knowledge: '', behaviours: '' } });
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
