import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skillsAgendaHints } from '../../../electron/main/domains/skills/agenda';
import { hasPdftoppm, inkedShareOfFirstPage } from '../../helpers/documents';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { assess, importSmall, member } from './helpers';

describe('skills assessments', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('rates skills with autosave semantics and counts progress', async () => {
    const { framework, skill } = await importSmall(t);
    const { id: memberId } = await t.call('team:create', member('Alex'));
    const a = await t.call('skills:createAssessment', { memberId, frameworkId: framework.id, kind: 'initial', assessedOn: '2026-02-01', shared: true });
    expect(a).toMatchObject({ rated: 0, total: 5 });
    const first = await t.call('skills:rate', { assessmentId: a.id, skillId: skill('T1.1'), current: 2 });
    expect(first).toMatchObject({ current: 2, target: null, rated: 1 });
    // A later change to the target keeps the current rating: leaving mid-way loses nothing.
    const second = await t.call('skills:rate', { assessmentId: a.id, skillId: skill('T1.1'), target: 4, notes: 'Catalogued the local history donation' });
    expect(second).toMatchObject({ current: 2, target: 4, notes: 'Catalogued the local history donation', rated: 1 });
    const detail = await t.call('skills:getAssessment', { id: a.id });
    expect(detail.assessment.rated).toBe(1);
    expect(detail.sections?.map((s) => s.skills.length)).toEqual([2, 2, 1]);
  });

  it('refuses ratings outside the scale, a negative target and a skill of another framework version, writing nothing', async () => {
    const v1 = await importSmall(t, 'v1');
    const v2 = await importSmall(t, 'v2');
    const { id: memberId } = await t.call('team:create', member('Alex'));
    const a = await t.call('skills:createAssessment', { memberId, frameworkId: v1.framework.id, kind: 'initial', assessedOn: '2026-02-01', shared: true });
    const before = t.checksum();
    expect(await t.fail('skills:rate', { assessmentId: a.id, skillId: v1.skill('T1.1'), current: 5 })).toMatchObject({ code: 'VALIDATION', field: 'current' });
    expect(await t.fail('skills:rate', { assessmentId: a.id, skillId: v1.skill('T1.1'), current: 11 })).toMatchObject({ code: 'VALIDATION', field: 'current' });
    expect(await t.fail('skills:rate', { assessmentId: a.id, skillId: v1.skill('T1.1'), target: -1 })).toMatchObject({ code: 'VALIDATION', field: 'target' });
    expect(await t.fail('skills:rate', { assessmentId: a.id, skillId: v1.skill('T1.1'), current: 1.5 })).toMatchObject({ field: 'current' });
    const other = await t.fail('skills:rate', { assessmentId: a.id, skillId: v2.skill('T1.1'), current: 2 });
    expect(other).toMatchObject({ code: 'VALIDATION', field: 'skillId' });
    expect(other.message).toContain('another framework version');
    expect(t.checksum()).toBe(before);
  });

  it('hides an unshared assessment: only that it exists and its date', async () => {
    const { framework, skill } = await importSmall(t);
    const { id: memberId } = await t.call('team:create', member('Alex'));
    const a = await assess(t, memberId, framework.id, skill, '2026-03-01', { 'T1.1': [3, 4] });
    await t.call('skills:updateAssessment', { id: a.id, kind: 'initial', assessedOn: '2026-03-01', shared: false });
    const [listed] = await t.call('skills:listAssessments', { memberId });
    expect(listed).toMatchObject({ assessedOn: '2026-03-01', shared: false, rated: null });
    const detail = await t.call('skills:getAssessment', { id: a.id });
    expect(detail.sections).toBeNull();
    expect(await t.fail('skills:rate', { assessmentId: a.id, skillId: skill('T1.1'), current: 1 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.fail('skills:exportAssessmentCsv', { id: a.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.call('skills:gaps', { memberId })).assessment).toBeNull();
    expect(skillsAgendaHints(t.db, memberId, '2026-11-23')).toEqual([]);
  });

  it('compares two assessments per skill and per section, and tracks one skill over time', async () => {
    const { framework, skill } = await importSmall(t);
    const { id: memberId } = await t.call('team:create', member('Alex'));
    const a = await assess(t, memberId, framework.id, skill, '2026-02-01', { 'T1.1': [1, 3], 'T1.2': [2, 3], 'T5.1': [3, 3] });
    const mid = await assess(t, memberId, framework.id, skill, '2026-06-01', { 'T1.1': [2, 3] }, 'ad_hoc');
    const b = await assess(t, memberId, framework.id, skill, '2026-11-01', { 'T1.1': [3, 4], 'T1.2': [2, 3], 'T5.1': [2, 3] }, 'reassessment');
    const c = await t.call('skills:compare', { a: a.id, b: b.id });
    const one = c.sections.find((s) => s.code === '1');
    expect(one).toMatchObject({ before: 1.5, after: 2.5, direction: 'up', counts: { up: 1, down: 0, same: 1 } });
    expect(c.sections.find((s) => s.code === '5')?.skills.map((k) => k.direction)).toEqual(['down', 'unrated']);
    const history = await t.call('skills:history', { memberId, skillId: skill('T1.1') });
    expect(history.points.map((p) => [p.assessedOn, p.current])).toEqual([['2026-02-01', 1], ['2026-06-01', 2], ['2026-11-01', 3]]);
    expect(mid.kind).toBe('ad_hoc');
    const csv = await t.call('skills:exportComparisonCsv', { a: a.id, b: b.id });
    expect(csv.content).toContain('T1.1,Describing things consistently,1,3,Up,4');
  });

  it('refuses to compare assessments of different framework versions', async () => {
    const v1 = await importSmall(t, 'v1');
    const v2 = await importSmall(t, 'v2');
    const { id: memberId } = await t.call('team:create', member('Alex'));
    const a = await assess(t, memberId, v1.framework.id, v1.skill, '2026-02-01', {});
    const b = await assess(t, memberId, v2.framework.id, v2.skill, '2026-03-01', {});
    expect(await t.fail('skills:compare', { a: a.id, b: b.id })).toMatchObject({ code: 'VALIDATION', field: 'b' });
  });

  it('ranks relevant gaps and feeds the top three to the one-to-one agenda', async () => {
    const { framework, skill } = await importSmall(t);
    const { id: memberId } = await t.call('team:create', member('Alex'));
    await assess(t, memberId, framework.id, skill, '2026-09-01', { 'T1.1': [1, 4], 'T1.2': [2, 3], 'T5.1': [0, 2], 'T5.2': [1, 3], 'H.1': [4, 4] });
    const profile = await t.call('skills:saveProfile', { id: null, frameworkId: framework.id, name: 'Front desk', notRelevantSkillIds: [skill('T5.1')] });
    await t.call('skills:assignProfile', { memberId, profileId: profile.id });
    const gaps = await t.call('skills:gaps', { memberId });
    expect(gaps.gaps.map((g) => [g.code, g.gap])).toEqual([['T1.1', 3], ['T5.2', 2], ['T1.2', 1]]);
    // The member's own choice beats the role profile.
    await t.call('skills:setRelevance', { memberId, skillId: skill('T5.1'), relevant: true });
    expect((await t.call('skills:gaps', { memberId })).gaps.map((g) => g.code)).toEqual(['T1.1', 'T5.1', 'T5.2', 'T1.2']);
    const hints = skillsAgendaHints(t.db, memberId, '2026-11-23');
    expect(hints).toHaveLength(3);
    expect(hints[0]).toMatchObject({ source: 'skills', link: `/skills/members/${memberId}`, title: 'Skill gap: T1.1 Describing things consistently' });
  });

  it('exports an assessment as CSV and as a printable PDF', async () => {
    const { framework, skill } = await importSmall(t);
    const { id: memberId } = await t.call('team:create', member('Alex Example'));
    const a = await assess(t, memberId, framework.id, skill, '2026-09-01', { 'T1.1': [1, 4] });
    const csv = await t.call('skills:exportAssessmentCsv', { id: a.id });
    expect(csv.fileName).toBe('skills-alex-example-2026-09-01.csv');
    expect(csv.content).toContain('1 Organising knowledge and information,T1.1,Describing things consistently,Yes,1,4,3');
    const pdf = await t.call('skills:exportAssessmentPdf', { id: a.id });
    expect(pdf.mimeType).toBe('application/pdf');
    const bytes = Buffer.from(pdf.content, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPdftoppm()) expect(inkedShareOfFirstPage(bytes)).toBeGreaterThan(0.01);
    const b = await assess(t, memberId, framework.id, skill, '2026-11-01', { 'T1.1': [3, 4] }, 'reassessment');
    const comparison = await t.call('skills:exportComparisonPdf', { a: a.id, b: b.id });
    expect(comparison.fileName).toBe('skills-comparison-alex-example-2026-09-01-2026-11-01.pdf');
    if (hasPdftoppm()) expect(inkedShareOfFirstPage(Buffer.from(comparison.content, 'base64'))).toBeGreaterThan(0.01);
  });
});
