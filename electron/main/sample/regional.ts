import { addDays } from '../../../shared/dates';
import { PKSB_SECTIONS } from '../../../shared/domains/pksb';
import { createRandom } from './random';
import { generateTeam, SAMPLE_SEED, type SampleMember } from './team';

/**
 * A regional library network for benchmarks: the same deterministic team
 * generator as the sample team, scaled up, plus a skills framework, assessments,
 * CPD, one-to-ones, registration and 24 months of recognition cycles.
 * Plain data only: loaders (service layer or raw SQL) turn it into rows, so both
 * insert exactly the same rows.
 */

export interface RegionalOptions {
  today: string;
  seed?: number;
  members?: number;
  servicePoints?: number;
  /** Skills per PKSB section; 8 × 15 sections = the 120-skill framework. */
  skillsPerSection?: number;
  assessmentsPerMember?: number;
  cpdPerMember?: number;
  /** Months of one-to-ones and recognition cycles. */
  months?: number;
}

export const REGIONAL_FULL = {
  members: 2000,
  servicePoints: 40,
  skillsPerSection: 8,
  assessmentsPerMember: 10,
  cpdPerMember: 12,
  months: 24,
} as const;

export type RegionalSize = typeof REGIONAL_FULL;

const PLACES = ['North', 'South', 'East', 'West', 'Central', 'Upper', 'Lower', 'Old', 'New', 'Market'] as const;
const TOWNS = ['bridge', 'field', 'ford', 'gate', 'ham', 'ley', 'mouth', 'stow', 'wick', 'worth'] as const;
const KINDS = ['Library', 'Community Library', 'Health Library', 'Learning Centre'] as const;

/** Invented service point names, unique and stable for any count. */
export function regionalServicePoints(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const place = PLACES[i % PLACES.length] ?? 'North';
    const town = TOWNS[Math.floor(i / PLACES.length) % TOWNS.length] ?? 'field';
    const kind = KINDS[i % KINDS.length] ?? 'Library';
    const round = Math.floor(i / (PLACES.length * TOWNS.length));
    return `${place}${town} ${kind}${round > 0 ? ` ${round + 1}` : ''}`;
  });
}

export interface RegionalSkill {
  sectionCode: string;
  sectionName: string;
  code: string;
  title: string;
}

export interface RegionalAssessment {
  memberIndex: number;
  kind: 'initial' | 'reassessment' | 'ad_hoc';
  assessedOn: string;
  shared: boolean;
}

export interface RegionalCpd {
  memberIndex: number;
  date: string;
  activityType: 'course' | 'reading' | 'conversation' | 'conference' | 'online' | 'other';
  hours: number;
  title: string;
  sections: string[];
}

export interface RegionalMeeting {
  memberIndex: number;
  scheduledAt: string;
  durationMinutes: number;
  status: 'scheduled' | 'held' | 'cancelled';
}

export interface RegionalJourney {
  memberIndex: number;
  level: 'certification' | 'chartership' | 'fellowship';
  stage: 'enrolled' | 'mentor_agreed' | 'gathering_evidence' | 'portfolio_assembly' | 'submitted';
  stageChangedOn: string;
}

export interface RegionalRegistration {
  memberIndex: number;
  level: 'chartership';
  registeredOn: string;
  lastRevalidatedOn: string;
}

export interface RegionalCycle {
  servicePoint: number;
  label: string;
  periodStart: string;
  periodEnd: string;
  /** Members of this service point nominated (first is the winner of a past cycle). */
  nominees: number[];
  decided: boolean;
}

export interface RegionalPlan {
  size: RegionalSize;
  seed: number;
  today: string;
  servicePoints: string[];
  members: SampleMember[];
  skills: RegionalSkill[];
  assessments: RegionalAssessment[];
  cpd: RegionalCpd[];
  meetings: RegionalMeeting[];
  journeys: RegionalJourney[];
  registrations: RegionalRegistration[];
  cycles: RegionalCycle[];
  /** Indexes of trainees (apprentices, graduate trainees) who get an agreement. */
  trainees: number[];
}

export interface RatingRow {
  current: number | null;
  target: number | null;
}

const monthStart = (today: string, back: number): string => {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1 - back;
  const d = new Date(Date.UTC(y, m, 1));
  return d.toISOString().slice(0, 10);
};
const monthEnd = (start: string): string => addDays(monthStart(addDays(start, 40), 0), -1);

/**
 * The ratings of one assessment, one per skill, computed from its index rather
 * than stored: 2.4 M rating objects would cost far more memory than the database.
 */
export function ratingsOf(plan: Pick<RegionalPlan, 'seed' | 'skills' | 'assessments'>, assessmentIndex: number): RatingRow[] {
  const random = createRandom((plan.seed ^ Math.imul(assessmentIndex + 1, 0x9e3779b1)) >>> 0);
  const a = plan.assessments[assessmentIndex];
  const base = 0.8 + (((a?.memberIndex ?? 0) * 37) % 25) / 10;
  // Later assessments of a member show some growth.
  const growth = (assessmentIndex % 10) * 0.08;
  return plan.skills.map(() => {
    // A few skills carry only a target: still a row, as the assessment screen saves it.
    if (random.chance(0.04)) return { current: null, target: random.int(2, 4) };
    const current = Math.max(0, Math.min(4, Math.round(base + growth + random.next() * 1.6 - 0.8)));
    return { current, target: Math.min(4, current + random.int(0, 1)) };
  });
}

/** Every rating of a plan, precomputed in two small typed arrays (-1 = no value), so loaders time only the writing. */
export interface RatingMatrix {
  skills: number;
  current: Int8Array;
  target: Int8Array;
}

export function ratingMatrix(plan: Pick<RegionalPlan, 'seed' | 'skills' | 'assessments'>): RatingMatrix {
  const skills = plan.skills.length;
  const current = new Int8Array(plan.assessments.length * skills);
  const target = new Int8Array(plan.assessments.length * skills);
  plan.assessments.forEach((_, index) => {
    ratingsOf(plan, index).forEach((r, k) => {
      current[index * skills + k] = r.current ?? -1;
      target[index * skills + k] = r.target ?? -1;
    });
  });
  return { skills, current, target };
}

/** The value stored at one cell of the matrix, back as a rating value. */
export const ratingAt = (values: Int8Array, cell: number): number | null => {
  const v = values[cell] ?? -1;
  return v < 0 ? null : v;
};

const ACTIVITY: RegionalCpd['activityType'][] = ['course', 'reading', 'conversation', 'conference', 'online', 'other'];

export function generateRegional(options: RegionalOptions): RegionalPlan {
  const size: RegionalSize = {
    members: options.members ?? REGIONAL_FULL.members,
    servicePoints: options.servicePoints ?? REGIONAL_FULL.servicePoints,
    skillsPerSection: options.skillsPerSection ?? REGIONAL_FULL.skillsPerSection,
    assessmentsPerMember: options.assessmentsPerMember ?? REGIONAL_FULL.assessmentsPerMember,
    cpdPerMember: options.cpdPerMember ?? REGIONAL_FULL.cpdPerMember,
    months: options.months ?? REGIONAL_FULL.months,
  } as RegionalSize;
  const seed = options.seed ?? SAMPLE_SEED;
  const { today } = options;
  const servicePoints = regionalServicePoints(size.servicePoints);
  const members = generateTeam({ seed, today, size: size.members, servicePoints });
  // Six-digit serials can collide at this size; a CILIP number must be unique.
  const cilip = new Set<string>();
  for (const m of members) {
    if (m.cilipNumber && cilip.has(m.cilipNumber)) m.cilipNumber = '';
    if (m.cilipNumber) cilip.add(m.cilipNumber);
  }
  const random = createRandom(seed + 1);

  const skills = PKSB_SECTIONS.flatMap((s) =>
    Array.from({ length: size.skillsPerSection }, (_, i) => ({
      sectionCode: s.code,
      sectionName: s.name,
      code: `${s.code}.${i + 1}`,
      title: `Regional skill ${s.code}.${i + 1}`,
    })),
  );

  const assessments: RegionalAssessment[] = [];
  const cpd: RegionalCpd[] = [];
  const meetings: RegionalMeeting[] = [];
  const journeys: RegionalJourney[] = [];
  const registrations: RegionalRegistration[] = [];
  const trainees: number[] = [];
  const stages: RegionalJourney['stage'][] = ['enrolled', 'mentor_agreed', 'gathering_evidence', 'portfolio_assembly', 'submitted'];

  members.forEach((m, i) => {
    // One assessment about every six months, newest about a month ago; a few unshared.
    for (let k = 0; k < size.assessmentsPerMember; k += 1) {
      const daysAgo = (size.assessmentsPerMember - k) * 180 - 150 + random.int(0, 20);
      assessments.push({ memberIndex: i, kind: k === 0 ? 'initial' : 'reassessment', assessedOn: addDays(today, -daysAgo), shared: !random.chance(0.03) });
    }
    for (let k = 0; k < size.cpdPerMember; k += 1) {
      const sectionA = PKSB_SECTIONS[random.int(0, PKSB_SECTIONS.length - 1)]?.code ?? '1';
      cpd.push({
        memberIndex: i,
        date: addDays(today, -random.int(1, 720)),
        activityType: ACTIVITY[random.int(0, ACTIVITY.length - 1)] ?? 'course',
        hours: random.int(1, 24) / 4,
        title: `Regional CPD activity ${k + 1}`,
        sections: [sectionA],
      });
    }
    // Monthly one-to-ones: held in the past, the next one scheduled (spread over the coming month).
    const offset = i % 28;
    for (let k = size.months - 1; k >= -1; k -= 1) {
      const day = addDays(monthStart(today, k), offset);
      const status: RegionalMeeting['status'] = day >= today ? 'scheduled' : random.chance(0.06) ? 'cancelled' : 'held';
      meetings.push({ memberIndex: i, scheduledAt: `${day}T${String(9 + (i % 8)).padStart(2, '0')}:00:00.000Z`, durationMinutes: 45, status });
    }
    if (m.chartered) {
      const years = random.int(2, 15);
      registrations.push({
        memberIndex: i,
        level: 'chartership',
        registeredOn: addDays(today, -years * 365 - random.int(0, 300)),
        lastRevalidatedOn: addDays(today, -random.int(0, 360)),
      });
    } else if (random.chance(0.12)) {
      journeys.push({
        memberIndex: i,
        level: random.chance(0.7) ? 'chartership' : 'certification',
        stage: stages[random.int(0, stages.length - 1)] ?? 'enrolled',
        stageChangedOn: addDays(today, -random.int(5, 300)),
      });
    }
    if (m.employmentType === 'apprentice' || m.employmentType === 'graduate_trainee' || (i >= 12 && i % 40 === 7)) trainees.push(i);
  });

  const byPoint = servicePoints.map((p) => members.flatMap((m, i) => (m.team === p && i > 0 ? [i] : [])));
  const cycles: RegionalCycle[] = [];
  servicePoints.forEach((_, p) => {
    const people = byPoint[p] ?? [];
    for (let k = size.months - 1; k >= 0; k -= 1) {
      const periodStart = monthStart(today, k);
      const nominees = people.length === 0 ? [] : [0, 1, 2].map(() => people[random.int(0, people.length - 1)] ?? 0);
      cycles.push({
        servicePoint: p,
        label: periodStart.slice(0, 7),
        periodStart,
        periodEnd: monthEnd(periodStart),
        nominees: [...new Set(nominees)],
        decided: k > 0 && nominees.length > 0,
      });
    }
  });

  return { size, seed, today, servicePoints, members, skills, assessments, cpd, meetings, journeys, registrations, cycles, trainees };
}

/** Rows each table family gets, for reports. */
export function planCounts(plan: RegionalPlan): Record<string, number> {
  return {
    members: plan.members.length,
    skills: plan.skills.length,
    assessments: plan.assessments.length,
    ratings: plan.assessments.length * plan.skills.length,
    cpd: plan.cpd.length,
    oneToOnes: plan.meetings.length,
    journeys: plan.journeys.length,
    registrations: plan.registrations.length,
    recognitionCycles: plan.cycles.length,
    nominations: plan.cycles.reduce((n, c) => n + c.nominees.length, 0),
  };
}
