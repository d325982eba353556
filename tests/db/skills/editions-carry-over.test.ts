import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { importSmall, member } from './helpers';

describe('PKSB editions and reassessments that start from the last ratings', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("a new framework declares its edition and starts with that edition's section names, each labelled with it", async () => {
    const current = await t.call('skills:createFramework', { name: 'PKSB', version: '2021 licensed', description: '', edition: '2021', withPksbSections: true });
    expect(current.edition).toBe('2021');
    const sections = (await t.call('skills:getFramework', { id: current.id })).sections;
    expect(sections.map((s) => s.name)).toEqual(expect.arrayContaining(['Data management', 'Knowledge management', 'Technology and communication']));
    expect(sections.every((s) => s.edition === '2021' && !s.isLocal)).toBe(true);

    const old = await t.call('skills:createFramework', { name: 'PKSB', version: '2012 wheel', description: '', edition: '2012', withPksbSections: true });
    const oldSections = (await t.call('skills:getFramework', { id: old.id })).sections;
    expect(oldSections.map((s) => s.name)).toContain('IT and communication');
    expect(oldSections.map((s) => s.name)).not.toContain('Data management');

    const own = await t.call('skills:createFramework', { name: 'Our skills', version: '1', description: '', edition: null, withPksbSections: false });
    expect(own).toMatchObject({ edition: null, sectionCount: 0 });
    const before = t.checksum();
    expect(await t.fail('skills:createFramework', { name: 'X', version: '1', description: '', edition: null, withPksbSections: true }))
      .toMatchObject({ code: 'VALIDATION', field: 'edition' });
    expect(t.checksum()).toBe(before);
  });

  it('an import under the 2021 edition labels its Data management section as PKSB 2021, not as a local section', async () => {
    const content = 'Section,Section name,Code,Title\nDM,,DM.1,Invented data skill\nH,Health information skills,H.1,Invented local skill\n';
    const summary = await t.call('skills:importCommit', { fileName: 'mine.csv', format: 'csv', content, name: 'Licensed PKSB', version: '2021', edition: '2021' });
    const f = await t.call('skills:getFramework', { id: summary.id });
    expect(f.sections.map((s) => [s.code, s.name, s.isLocal, s.edition])).toEqual([
      ['DM', 'Data management', false, '2021'],
      ['H', 'Health information skills', true, null],
    ]);
  });

  it('a reassessment can start from the previous ratings, marked as carried over until each is changed', async () => {
    const { framework, skill } = await importSmall(t);
    const { id: memberId } = await t.call('team:create', member('Łukasz Żółć'));
    const first = await t.call('skills:createAssessment', { memberId, frameworkId: framework.id, kind: 'initial', assessedOn: '2026-01-10', shared: true });
    await t.call('skills:rate', { assessmentId: first.id, skillId: skill('T1.1'), current: 1, target: 3, notes: 'New to cataloguing' });
    await t.call('skills:rate', { assessmentId: first.id, skillId: skill('T5.1'), current: 2, target: 3 });

    const blank = await t.call('skills:createAssessment', { memberId, frameworkId: framework.id, kind: 'reassessment', assessedOn: '2026-11-01', shared: true });
    expect(blank).toMatchObject({ rated: 0, carriedFrom: null, carriedOver: 0 });

    const re = await t.call('skills:createAssessment', {
      memberId, frameworkId: framework.id, kind: 'reassessment', assessedOn: '2026-11-20', shared: true, carryOverFrom: first.id,
    });
    expect(re).toMatchObject({ rated: 2, carriedFrom: { id: first.id, assessedOn: '2026-01-10' }, carriedOver: 2 });
    const detail = await t.call('skills:getAssessment', { id: re.id });
    const t11 = detail.sections?.flatMap((s) => s.skills).find((k) => k.code === 'T1.1');
    expect(t11).toMatchObject({ current: 1, target: 3, notes: 'New to cataloguing', carriedOver: true });

    // Changing a rating (or confirming it by rating it again) ends "carried over" for that skill only.
    const rated = await t.call('skills:rate', { assessmentId: re.id, skillId: skill('T1.1'), current: 3 });
    expect(rated).toMatchObject({ current: 3, target: 3, carriedOver: false });
    const after = await t.call('skills:getAssessment', { id: re.id });
    expect(after.assessment.carriedOver).toBe(1);
    expect(after.sections?.flatMap((s) => s.skills).filter((k) => k.carriedOver).map((k) => k.code)).toEqual(['T5.1']);
    // The earlier assessment is untouched.
    const original = await t.call('skills:getAssessment', { id: first.id });
    expect(original.sections?.flatMap((s) => s.skills).find((k) => k.code === 'T1.1')).toMatchObject({ current: 1, carriedOver: false });
  });

  it('refuses to carry over from another member, another framework version or an unshared assessment, writing nothing', async () => {
    const v1 = await importSmall(t, 'v1');
    const v2 = await importSmall(t, 'v2');
    const { id: memberId } = await t.call('team:create', member('Łukasz Żółć'));
    const { id: otherId } = await t.call('team:create', member('Siân ap Dŵr'));
    const mine = await t.call('skills:createAssessment', { memberId, frameworkId: v1.framework.id, kind: 'initial', assessedOn: '2026-01-10', shared: true });
    const hidden = await t.call('skills:createAssessment', { memberId, frameworkId: v1.framework.id, kind: 'ad_hoc', assessedOn: '2026-02-10', shared: false });
    const base = { memberId, frameworkId: v1.framework.id, kind: 'reassessment' as const, assessedOn: '2026-11-01', shared: true };
    const before = t.checksum();
    expect(await t.fail('skills:createAssessment', { ...base, memberId: otherId, carryOverFrom: mine.id })).toMatchObject({ code: 'VALIDATION', field: 'carryOverFrom' });
    expect(await t.fail('skills:createAssessment', { ...base, frameworkId: v2.framework.id, carryOverFrom: mine.id })).toMatchObject({ code: 'VALIDATION', field: 'carryOverFrom' });
    expect(await t.fail('skills:createAssessment', { ...base, carryOverFrom: hidden.id })).toMatchObject({ code: 'FORBIDDEN', field: 'carryOverFrom' });
    expect(await t.fail('skills:createAssessment', { ...base, carryOverFrom: 9999 })).toMatchObject({ code: 'NOT_FOUND', field: 'carryOverFrom' });
    expect(t.checksum()).toBe(before);
  });
});
