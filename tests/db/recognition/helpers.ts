import type { SchemeInput } from '../../../shared/domains/recognition';
import type { TestApp } from '../../helpers/test-app';

export const monthly: SchemeInput = {
  name: 'Star of the month',
  cadence: 'monthly',
  categories: ['Customer service', 'Teamwork'],
  values: ['Putting users first'],
  reward: 'Book token',
  allowSelfNomination: false,
  anonymous: false,
  cooldownCycles: 2,
  decidedBy: 'team_vote',
  tieBreak: 'manager',
  minReasonLength: 40,
};

export const REASON = 'Ran the coding club on 10/11/2026 so that twelve children could finish their first game.';

let counter = 0;
export async function addPerson(t: TestApp, name: string, extra: Partial<{ grade: string; team: string; fte: number }> = {}) {
  counter += 1;
  return t.call('team:create', {
    name,
    preferredName: '',
    jobTitle: 'Library Assistant',
    grade: extra.grade ?? 'Band 3',
    team: extra.team ?? 'Central Library',
    fte: extra.fte ?? 1,
    startDate: '2024-01-01',
    lineManagerId: null,
    employmentType: 'permanent',
    cilipNumber: '',
    email: `person${counter}@example.org`,
    notes: '',
  });
}

/** A scheme with an open cycle and four people: a, b, c, d. */
export async function setUp(t: TestApp, overrides: Partial<SchemeInput> = {}) {
  const [a, b, c, d] = [
    await addPerson(t, 'Ada Archer'),
    await addPerson(t, 'Bo Baker', { grade: 'Band 5', team: 'Riverside' }),
    await addPerson(t, 'Cy Carter', { fte: 0.5 }),
    await addPerson(t, 'Di Dyer'),
  ];
  const scheme = await t.call('recognition:createScheme', { ...monthly, ...overrides });
  const cycle = await t.call('recognition:openCycle', { schemeId: scheme.id });
  const nominate = (nomineeId: number, nominatorId: number | null, category = 'Teamwork') =>
    t.call('recognition:nominate', { cycleId: cycle.id, nomineeId, nominatorId, category, reason: REASON, evidence: '' });
  return { a, b, c, d, scheme, cycle, nominate };
}
