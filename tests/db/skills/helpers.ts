import fs from 'node:fs';
import path from 'node:path';
import type { TestApp } from '../../helpers/test-app';

export const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../fixtures/skills', name), 'utf8');

export const member = (name: string, team = 'Central Library') => ({
  name,
  preferredName: '',
  jobTitle: 'Assistant Librarian',
  grade: 'Band 5',
  team,
  fte: 1,
  startDate: '2024-09-02',
  lineManagerId: null,
  employmentType: 'permanent' as const,
  cilipNumber: '',
  email: '',
  notes: '',
});

/** Imports the small fixture framework and returns it with its skills by code. */
export async function importSmall(t: TestApp, version = 'v1') {
  const summary = await t.call('skills:importCommit', {
    fileName: 'framework-small.csv',
    format: 'csv',
    content: fixture('framework-small.csv'),
    name: 'Test framework',
    version,
    edition: '2012',
  });
  const framework = await t.call('skills:getFramework', { id: summary.id });
  const skills = new Map(framework.sections.flatMap((s) => s.skills.map((k) => [k.code, k.id] as const)));
  const sections = new Map(framework.sections.map((s) => [s.code, s.id] as const));
  const skill = (code: string) => {
    const found = skills.get(code);
    if (found === undefined) throw new Error(`no skill ${code}`);
    return found;
  };
  const section = (code: string) => {
    const found = sections.get(code);
    if (found === undefined) throw new Error(`no section ${code}`);
    return found;
  };
  return { framework, skill, section };
}

/** Creates an assessment and rates skills: `{ code: [current, target] }`. */
export async function assess(
  t: TestApp,
  memberId: number,
  frameworkId: number,
  skill: (code: string) => number,
  assessedOn: string,
  ratings: Record<string, [number, number]>,
  kind: 'initial' | 'reassessment' | 'ad_hoc' = 'initial',
) {
  const a = await t.call('skills:createAssessment', { memberId, frameworkId, kind, assessedOn, shared: true });
  for (const [code, [current, target]] of Object.entries(ratings)) {
    await t.call('skills:rate', { assessmentId: a.id, skillId: skill(code), current, target });
  }
  return a;
}
