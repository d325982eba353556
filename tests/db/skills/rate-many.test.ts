import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { importSmall, member } from './helpers';

/** skills:rateMany: a whole assessment's ratings in one command (issue #19). */
describe('skills:rateMany', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('saves every rating of an assessment at once, as skills:rate would one by one', async () => {
    const { framework, skill } = await importSmall(t);
    const { id: memberId } = await t.call('team:create', member('Łukasz Żółć'));
    const a = await t.call('skills:createAssessment', { memberId, frameworkId: framework.id, kind: 'initial', assessedOn: '2026-02-01', shared: true });
    const saved = await t.call('skills:rateMany', {
      assessmentId: a.id,
      ratings: [
        { skillId: skill('T1.1'), current: 2, target: 3 },
        { skillId: skill('T1.2'), current: 1, target: 4, notes: 'Shadowed Siân ap Dŵr at the enquiry desk' },
        { skillId: skill('T1.1'), target: 4 },
      ],
    });
    // The later entry for T1.1 keeps its current rating and changes the target, like a second skills:rate.
    expect(saved.rated).toBe(2);
    expect(saved.ratings.map((r) => [r.current, r.target])).toEqual([[2, 3], [1, 4], [2, 4]]);
    const detail = await t.call('skills:getAssessment', { id: a.id });
    const byId = new Map(detail.sections?.flatMap((s) => s.skills.map((k) => [k.id, k] as const)));
    expect(byId.get(skill('T1.1'))).toMatchObject({ current: 2, target: 4 });
    expect(byId.get(skill('T1.2'))).toMatchObject({ current: 1, target: 4, notes: 'Shadowed Siân ap Dŵr at the enquiry desk' });
    expect(detail.assessment.rated).toBe(2);
  });

  it('writes none of the ratings when one is bad, and names the field', async () => {
    const v1 = await importSmall(t, 'v1');
    const v2 = await importSmall(t, 'v2');
    const { id: memberId } = await t.call('team:create', member('Siân ap Dŵr'));
    const a = await t.call('skills:createAssessment', { memberId, frameworkId: v1.framework.id, kind: 'initial', assessedOn: '2026-02-01', shared: true });
    const before = t.checksum();
    const good = { skillId: v1.skill('T1.1'), current: 2 };
    expect(await t.fail('skills:rateMany', { assessmentId: a.id, ratings: [good, { skillId: v1.skill('T1.2'), current: 9 }] })).toMatchObject({ code: 'VALIDATION', field: 'current' });
    expect(await t.fail('skills:rateMany', { assessmentId: a.id, ratings: [good, { skillId: v2.skill('T1.1'), current: 2 }] })).toMatchObject({ code: 'VALIDATION', field: 'skillId' });
    expect(await t.fail('skills:rateMany', { assessmentId: a.id, ratings: [good, { skillId: 999_999, current: 2 }] })).toMatchObject({ code: 'NOT_FOUND', field: 'skillId' });
    expect(await t.fail('skills:rateMany', { assessmentId: a.id, ratings: [] })).toMatchObject({ code: 'VALIDATION' });
    expect(t.checksum()).toBe(before);
  });

  it('refuses an assessment the member has not shared', async () => {
    const { framework, skill } = await importSmall(t);
    const { id: memberId } = await t.call('team:create', member('Łukasz Żółć'));
    const a = await t.call('skills:createAssessment', { memberId, frameworkId: framework.id, kind: 'initial', assessedOn: '2026-02-01', shared: false });
    expect(await t.fail('skills:rateMany', { assessmentId: a.id, ratings: [{ skillId: skill('T1.1'), current: 2 }] })).toMatchObject({ code: 'FORBIDDEN', field: 'assessmentId' });
  });
});
