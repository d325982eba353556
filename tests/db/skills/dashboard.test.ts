import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brokenCoverageRules } from '../../../electron/main/domains/skills/coverage';
import { COMPARE_SQL } from '../../../electron/main/domains/skills/assessments-repo';
import { HEATMAP_SQL, SECTION_COVERAGE_SQL, SINGLE_POINTS_SQL, SKILL_COVERAGE_SQL } from '../../../electron/main/domains/skills/dashboard-repo';
import { buildRegionalDb } from '../../../scripts/bench/regional-db';
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

describe('skills heatmap at regional shape', () => {
  it('gives every active member the section averages of their latest shared assessment, as the ratings themselves say', async () => {
    // 150 people over 6 service points, 3 assessments each, the 120-skill framework: the rows the page
    // draws must match averages worked out from the raw ratings, section by section, in the sections' order.
    const { app } = buildRegionalDb(':memory:', { members: 150, servicePoints: 6, assessmentsPerMember: 3, cpdPerMember: 1, months: 2 });
    try {
      // Leave one section unrated, and another half rated, in a third of the assessments.
      app.ctx.db.exec(`UPDATE skill_ratings SET current = NULL WHERE assessment_id % 3 = 0 AND skill_id IN
        (SELECT id FROM skills WHERE section_id IN (SELECT min(id) FROM skill_sections) OR (section_id IN (SELECT max(id) FROM skill_sections) AND id % 2 = 0))`);
      const result = await app.dispatch('skills:heatmap', {});
      if (!result.ok) throw new Error(result.error.message);
      const heatmap = result.value as { sections: { id: number }[]; rows: { memberId: number; name: string; assessmentId: number; assessedOn: string; cells: { sectionId: number; average: number | null; rated: number }[] }[]; notAssessed: { memberId: number }[] };
      const db = app.ctx.db;
      const frameworkId = (db.prepare(`SELECT framework_id FROM skill_sections WHERE id = ?`).get(heatmap.sections[0]?.id) as { framework_id: number }).framework_id;
      const members = db.prepare(`SELECT id, name FROM members WHERE left_on IS NULL ORDER BY fold(name), name`).all() as { id: number; name: string }[];
      const latestOf = db.prepare(`SELECT id, assessed_on FROM skill_assessments WHERE member_id = ? AND framework_id = ? AND shared = 1 ORDER BY assessed_on DESC, id DESC LIMIT 1`);
      const sums = db.prepare(`SELECT s.section_id, sum(r.current) AS total, count(r.current) AS rated FROM skill_ratings r JOIN skills s ON s.id = r.skill_id WHERE r.assessment_id = ? GROUP BY s.section_id`);
      const expected = members.flatMap((m) => {
        const latest = latestOf.get(m.id, frameworkId) as { id: number; assessed_on: string } | undefined;
        if (!latest) return [];
        const bySection = new Map((sums.all(latest.id) as { section_id: number; total: number; rated: number }[]).map((r) => [r.section_id, r]));
        return [{
          memberId: m.id,
          name: m.name,
          assessmentId: latest.id,
          assessedOn: latest.assessed_on,
          cells: heatmap.sections.map((s) => {
            const r = bySection.get(s.id);
            return r && r.rated > 0 ? { sectionId: s.id, average: Math.round((r.total / r.rated) * 10) / 10, rated: r.rated } : { sectionId: s.id, average: null, rated: 0 };
          }),
        }];
      });
      expect(heatmap.sections).toHaveLength(15);
      expect(expected.length).toBeGreaterThan(100);
      expect(heatmap.rows.map(({ memberId, name, assessmentId, assessedOn, cells }) => ({ memberId, name, assessmentId, assessedOn, cells }))).toEqual(expected);
      expect(heatmap.rows.length + heatmap.notAssessed.length).toBe(members.length);
      // Some cells are unrated and some partly rated, so both branches are exercised.
      expect(heatmap.rows.some((r) => r.cells.some((c) => c.average === null))).toBe(true);
    } finally {
      app.close();
    }
  });
});
