import type { EmploymentType, MemberInput } from '../../../shared/domains/team';
import { addDays } from '../../../shared/dates';
import { createRandom, type Random } from './random';

// Invented combinations: no real person is meant.
const FIRST = ['Aisha', 'Ben', 'Carys', 'Dev', 'Elin', 'Farid', 'Grace', 'Hamza', 'Imogen', 'Jonah', 'Kezia', 'Lewis',
  'Mared', 'Nia', 'Oren', 'Priya', 'Quinn', 'Rhys', 'Saoirse', 'Tomasz', 'Una', 'Vikram', 'Wren', 'Yusuf', 'Zofia',
  'Amélie', 'Siân', 'Chloé', 'Ruairí', 'Zoë'] as const;
const LAST = ['Abernethy', 'Blackwood', 'Castellan', 'Dunmore', 'Ellery', 'Fairbairn', 'Greenhalgh', 'Hollins',
  'Ingleby', 'Jardine', 'Kettering', 'Lockhart', 'Marchetti', 'Nakamura-Reid', 'Okonkwo-Hale', 'Pendry', 'Quarrie',
  'Ravensworth', 'Sallow', 'Thistlewood', 'Underhill', 'Varga', 'Wetherby', 'Yardley', 'Zielinski'] as const;

export const SAMPLE_SERVICE_POINTS = ['Central Library', 'Riverside Health Library', 'Eastgate Community Library'] as const;

interface Role {
  key: string;
  jobTitle: string;
  grade: string;
  employmentType: EmploymentType;
  fte: number;
  /** Years before "today" the person started (fractional). */
  tenureYears: number;
  chartered?: boolean;
}

/** The fixed cast of the sample team; later features attach their sample data to these keys. */
export const SAMPLE_ROLES: Role[] = [
  { key: 'service-manager', jobTitle: 'Library Services Manager', grade: 'Band 7', employmentType: 'permanent', fte: 1, tenureYears: 9, chartered: true },
  { key: 'chartership-candidate', jobTitle: 'Assistant Librarian', grade: 'Band 5', employmentType: 'permanent', fte: 1, tenureYears: 3.5 },
  { key: 'clinical-librarian', jobTitle: 'Clinical Librarian', grade: 'Band 6', employmentType: 'permanent', fte: 0.8, tenureYears: 6, chartered: true },
  { key: 'apprentice', jobTitle: 'Library, Information and Archive Services Assistant (Level 3 apprentice)', grade: 'Apprentice', employmentType: 'apprentice', fte: 1, tenureYears: 0.4 },
  { key: 'graduate-trainee', jobTitle: 'Graduate Trainee Librarian', grade: 'Band 4', employmentType: 'graduate_trainee', fte: 1, tenureYears: 0.2 },
  { key: 'placement-student', jobTitle: 'Placement Student (MA Library and Information Studies)', grade: 'Unpaid placement', employmentType: 'placement_student', fte: 0.6, tenureYears: 0.05 },
  { key: 'customer-supervisor', jobTitle: 'Customer Services Supervisor', grade: 'Band 4', employmentType: 'permanent', fte: 1, tenureYears: 12 },
  { key: 'library-assistant-1', jobTitle: 'Library Assistant', grade: 'Band 3', employmentType: 'permanent', fte: 0.5, tenureYears: 4 },
  { key: 'library-assistant-2', jobTitle: 'Library Assistant', grade: 'Band 3', employmentType: 'fixed_term', fte: 1, tenureYears: 0.8 },
  { key: 'outreach-librarian', jobTitle: 'Outreach and Learning Librarian', grade: 'Band 5', employmentType: 'permanent', fte: 0.6, tenureYears: 2, chartered: true },
  { key: 'systems-librarian', jobTitle: 'Systems and Metadata Librarian', grade: 'Band 6', employmentType: 'permanent', fte: 1, tenureYears: 7 },
  { key: 'volunteer', jobTitle: 'Home Library Service Volunteer', grade: '', employmentType: 'volunteer', fte: 0.2, tenureYears: 1.5 },
];

const SERVICE_POINT_OF: Record<string, number> = {
  'service-manager': 0, 'chartership-candidate': 0, 'clinical-librarian': 1, apprentice: 0, 'graduate-trainee': 1,
  'placement-student': 2, 'customer-supervisor': 2, 'library-assistant-1': 2, 'library-assistant-2': 0,
  'outreach-librarian': 2, 'systems-librarian': 1, volunteer: 2,
};

const EXTRA_TITLES = [
  ['Library Assistant', 'Band 3'], ['Senior Library Assistant', 'Band 4'], ['Assistant Librarian', 'Band 5'],
  ['Subject Librarian', 'Band 6'], ['Knowledge Manager', 'Band 7'], ['Archivist', 'Band 6'],
  ['Information Officer', 'Band 5'], ['Digital Services Librarian', 'Band 6'],
] as const;

export interface SampleMember extends MemberInput {
  key: string;
  /** Index into the generated list of this member's line manager, or null. */
  lineManagerIndex: number | null;
  chartered: boolean;
}

function uniqueName(random: Random, used: Set<string>): [string, string] {
  for (let attempt = 0; ; attempt += 1) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const name = attempt > 50 ? `${first} ${last} ${attempt}` : `${first} ${last}`;
    if (!used.has(name)) {
      used.add(name);
      return [first, name];
    }
  }
}

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '.');

export interface TeamOptions {
  seed: number;
  today: string;
  size?: number;
  servicePoints?: readonly string[];
}

/**
 * A realistic fictional library team. With the default size it is the sample
 * team (the fixed cast above); larger sizes add staff for benchmarks.
 */
export function generateTeam({ seed, today, size = SAMPLE_ROLES.length, servicePoints = SAMPLE_SERVICE_POINTS }: TeamOptions): SampleMember[] {
  const random = createRandom(seed);
  const used = new Set<string>();
  const members: SampleMember[] = [];
  for (let i = 0; i < size; i += 1) {
    const fixed = i < SAMPLE_ROLES.length ? SAMPLE_ROLES[i] : undefined;
    const [title, grade] = random.pick(EXTRA_TITLES);
    const role: Role = fixed ?? {
      key: `member-${i + 1}`, jobTitle: title, grade, employmentType: random.chance(0.85) ? 'permanent' : 'fixed_term',
      fte: random.pick([1, 1, 1, 0.8, 0.6, 0.5]), tenureYears: random.int(1, 200) / 10, chartered: random.chance(0.3),
    };
    const [first, name] = uniqueName(random, used);
    const servicePoint = fixed
      ? servicePoints[(SERVICE_POINT_OF[role.key] ?? 0) % servicePoints.length]
      : servicePoints[i % servicePoints.length];
    const serial = String(100000 + i * 7919 + random.int(0, 7)).slice(-6);
    members.push({
      key: role.key,
      name,
      preferredName: random.chance(0.2) ? first : '',
      jobTitle: role.jobTitle,
      grade: role.grade,
      team: servicePoint ?? 'Central Library',
      fte: role.fte,
      startDate: addDays(today, -Math.round(role.tenureYears * 365)),
      lineManagerId: null,
      lineManagerIndex: i === 0 ? null : fixed ? (role.key === 'apprentice' ? 1 : 0) : (i % servicePoints.length),
      employmentType: role.employmentType,
      cilipNumber: role.chartered || role.key === 'chartership-candidate' ? serial : '',
      email: `${slug(name)}${i >= SAMPLE_ROLES.length ? i : ''}@library.example.org`,
      notes: '',
      chartered: role.chartered ?? false,
    });
  }
  return members;
}

export const SAMPLE_SEED = 20_260_301;
