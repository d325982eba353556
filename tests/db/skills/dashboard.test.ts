import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brokenCoverageRules } from '../../../electron/main/domains/skills/coverage';
import { COMPARE_SQL } from '../../../electron/main/domains/skills/assessments-repo';
import { HEATMAP_SQL, SECTION_COVERAGE_SQL, SINGLE_POINTS_SQL, SKILL_COVERAGE_SQL } from '../../../electron/main/domains/skills/dashboard-repo';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { assess, importSmall, member } from './helpers';

describe('skills team dashboards', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('builds the heatmap from each member’s latest shared assessment, filtered by service point', async () => {
    const { framework, skill } = await importSmall(t);
    const alex = await t.call('team:create', member('Alex', 'Central Library'));
    const bo = await t.call('team:create', member('Bo', 'Riverside'));
    await t.call('team:create', member('Cy', 'Riverside'));
    await assess(t, alex.id, framework.id, skill, '2026-01-01', { 'T1.1': [1, 3], 'T1.2': [1, 3] });
    await assess(t, alex.id, framework.id, skill, '2026-10-01', { 'T1.1': [3, 3], 'T1.2': [2, 3], 'T5.1': [4, 4] });
    const hidden = await assess(t, alex.id, framework.id, skill, '2026-11-01', { 'T1.1': [0, 3] });
    await t.call('skills:updateAssessment', { id: hidden.id, kind: 'ad_hoc', assessedOn: '2026-11-01', shared: false });
    await assess(t, bo.id, framework.id, skill, '2026-05-01', { 'T5.1': [2, 3] });

    const all = await t.call('skills:heatmap', { frameworkId: framework.id });
    expect(all.rows.map((r) => [r.name, r.assessedOn, r.cells.map((c) => c.average)])).toEqual([
      ['Alex', '2026-10-01', [2.5, 4, null]],
      ['Bo', '2026-05-01', [null, 2, null]],
    ]);
    expect(all.notAssessed.map((n) => n.name)).toEqual(['Cy']);
    const riverside = await t.call('skills:heatmap', { frameworkId: framework.id, team: 'Riverside' });
    expect(riverside.rows.map((r) => r.name)).toEqual(['Bo']);
    const csv = await t.call('skills:exportHeatmapCsv', { frameworkId: framework.id });
    expect(csv.content).toContain('Alex,Central Library,01/10/2026,2.5,4,');
  });

  it('breaks and then satisfies a coverage rule per service point, and lists single points of failure', async () => {
    const { framework, skill, section } = await importSmall(t);
    const alex = await t.call('team:create', member('Alex', 'Central Library'));
    const bo = await t.call('team:create', member('Bo', 'Central Library'));
    await assess(t, alex.id, framework.id, skill, '2026-01-01', { 'T5.1': [4, 4], 'T5.2': [3, 4] });
    const rule = await t.call('skills:createRule', { frameworkId: framework.id, target: { kind: 'section', sectionId: section('5') }, minPeople: 2, minLevel: 3, servicePoint: 'Central Library' });
    expect(rule.description).toBe('At least 2 people at level 3 or above in section 5 Information governance and compliance at Central Library');

    let report = await t.call('skills:coverage', { frameworkId: framework.id, level: 3 });
    expect(report.rules[0]?.checks).toEqual([{ servicePoint: 'Central Library', count: 1, needed: 2, people: ['Alex'], met: false }]);
    expect(brokenCoverageRules(t.db)).toHaveLength(1);
    expect(report.singlePoints.map((p) => [p.code, p.person])).toEqual([['T5.1', 'Alex'], ['T5.2', 'Alex']]);

    await assess(t, bo.id, framework.id, skill, '2026-02-01', { 'T5.1': [3, 3], 'T5.2': [3, 3] });
    report = await t.call('skills:coverage', { frameworkId: framework.id, level: 3 });
    expect(report.rules[0]).toMatchObject({ broken: false, checks: [{ count: 2, people: ['Alex', 'Bo'], met: true }] });
    expect(brokenCoverageRules(t.db)).toEqual([]);
    expect(report.singlePoints).toEqual([]);
  });

  it('validates coverage rules as data, writing nothing on bad input', async () => {
    const v1 = await importSmall(t, 'v1');
    const v2 = await importSmall(t, 'v2');
    const before = t.checksum();
    const base = { frameworkId: v1.framework.id, minPeople: 2, minLevel: 3, servicePoint: '' };
    expect(await t.fail('skills:createRule', { ...base, target: { kind: 'skill', skillId: v2.skill('T1.1') } })).toMatchObject({ field: 'target.skillId' });
    expect(await t.fail('skills:createRule', { ...base, target: { kind: 'skill', skillId: v1.skill('T1.1') }, minPeople: 0 })).toMatchObject({ field: 'minPeople' });
    expect(await t.fail('skills:createRule', { ...base, target: { kind: 'skill', skillId: v1.skill('T1.1') }, minLevel: 7 })).toMatchObject({ field: 'minLevel' });
    expect(await t.fail('skills:createRule', { ...base, target: { kind: 'skill', skillId: v1.skill('T1.1') }, servicePoint: 'Nowhere' })).toMatchObject({ field: 'servicePoint' });
    expect(t.checksum()).toBe(before);
  });

  it('reads ratings through indexes only: heatmap, comparison and coverage never scan the ratings table', () => {
    const plans = {
      heatmap: [HEATMAP_SQL, { framework: 1, team: '' }],
      compare: [COMPARE_SQL, { a: 1, b: 2, framework: 1 }],
      skillCoverage: [SKILL_COVERAGE_SQL, { framework: 1, team: '', target: 1, level: 3 }],
      sectionCoverage: [SECTION_COVERAGE_SQL, { framework: 1, team: '', target: 1, level: 3 }],
      singlePoints: [SINGLE_POINTS_SQL, { framework: 1, team: '', level: 3 }],
    } as const;
    for (const [name, [sql, params]] of Object.entries(plans)) {
      const details = t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params).map((r) => (r as { detail: string }).detail);
      const scans = details.filter((d) => /^SCAN (r|ra|rb|t|skill_ratings|skill_section_totals|a|skill_assessments|s|skills)\b/.test(d));
      expect({ name, scans }).toEqual({ name, scans: [] });
      // Ratings (or their per-section totals) are reached by a key: one assessment at a time, or one skill's holders.
      expect(
        details.filter((d) => /^SEARCH (r|ra|rb|t) USING (PRIMARY KEY \(assessment_id=\?|(COVERING )?INDEX skill_ratings_by_skill \(skill_id=\?)/.test(d)).length,
      ).toBeGreaterThan(0);
      // "Latest shared assessment" is a seek on its index, never a walk over all assessments.
      if (name !== 'compare') expect(details).toContain('SEARCH a USING COVERING INDEX skill_assessments_latest (member_id=? AND framework_id=? AND shared=?)');
    }
  });
});

describe('skills sample', () => {
  it('seeds a demo framework, the Chartership candidate’s two assessments and a coverage rule', async () => {
    const t = await createTestApp({ sample: true });
    try {
      const [demo] = await t.call('skills:listFrameworks', {});
      expect(demo).toMatchObject({ name: 'Demo skills (not CILIP text)', isDemo: true, isDefault: true, sectionCount: 15 });
      const candidate = (await t.call('team:list', {})).find((m) => m.jobTitle === 'Assistant Librarian');
      if (!candidate) throw new Error('no candidate');
      const list = await t.call('skills:listAssessments', { memberId: candidate.id });
      expect(list.map((a) => [a.kind, a.assessedOn])).toEqual([['reassessment', '2026-11-11'], ['initial', '2026-02-26']]);
      const heatmap = await t.call('skills:heatmap', {});
      expect(heatmap.rows.length).toBeGreaterThanOrEqual(6);
      const coverage = await t.call('skills:coverage', {});
      expect(coverage.rules).toHaveLength(1);
      expect(coverage.singlePoints.map((p) => p.title)).toContain('Cataloguing and metadata basics');
      expect((await t.call('skills:gaps', { memberId: candidate.id })).gaps.length).toBeGreaterThan(3);
    } finally {
      t.close();
    }
  });
});
