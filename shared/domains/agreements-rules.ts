import { addDays, formatUkDate } from '../dates';
import {
  CONTACT_ROLE_LABELS,
  MAX_REVIEW_WEEKS,
  type AgreementContent,
  type Completeness,
  type Contact,
  type Scheme,
} from './agreements';
import { planOtj } from './agreements-otj';

/** Every heading of an agreement (DOMAIN.md section 5), with the fields under it, in document order. */
export const SECTIONS = [
  { key: 'duration', title: 'Duration', fields: ['startDate', 'endDate', 'gatewayDate'] },
  {
    key: 'conditions',
    title: 'Working conditions',
    fields: ['hoursPerWeek', 'placeOfWork', 'holidayAbsence', 'healthSafety', 'contractual'],
  },
  { key: 'training', title: 'Training and expected outcomes', fields: ['training', 'outcomes', 'reviewEveryWeeks'] },
  { key: 'time', title: 'Time for study and supervision', fields: ['studyTime', 'supervisorTime'] },
  { key: 'otj', title: 'Off-the-job training', fields: ['apprenticeshipStandard', 'otjMinimumHours'] },
  { key: 'work', title: 'Qualifications, projects and specific work', fields: ['qualifications', 'projects'] },
  { key: 'contacts', title: 'External contacts and planned visits', fields: ['contacts'] },
  { key: 'log', title: 'Learning log', fields: ['learningLog'] },
  { key: 'hopes', title: "The trainee's hopes and motivation", fields: ['traineeHopes'] },
  { key: 'aims', title: "The trainee's aims: skills, knowledge and behaviours", fields: ['aims'] },
  { key: 'expectations', title: "The manager's expectations", fields: ['managerExpectations'] },
] as const satisfies readonly { key: string; title: string; fields: readonly (keyof AgreementContent)[] }[];

/** Sections that apply to a scheme: the off-the-job training section is for apprenticeships only. */
export const sectionsFor = (scheme: Scheme) => SECTIONS.filter((s) => s.key !== 'otj' || scheme === 'apprenticeship');

export const FIELD_LABELS: Record<keyof AgreementContent, string> = {
  startDate: 'Start date',
  endDate: 'End date',
  gatewayDate: 'Gateway (end of off-the-job training)',
  hoursPerWeek: 'Hours per week',
  placeOfWork: 'Place of work',
  holidayAbsence: 'Holiday and absence procedure',
  healthSafety: 'Health and safety',
  contractual: 'Other contractual points / HR reference',
  training: 'Training to be given',
  outcomes: 'Expected outcomes',
  reviewEveryWeeks: 'Progress review every (weeks)',
  qualifications: 'Qualifications worked towards',
  projects: 'Projects and specific work',
  studyTime: 'Time off for study, training or a project',
  supervisorTime: "The supervisor's time commitment",
  apprenticeshipStandard: 'Apprenticeship standard',
  otjMinimumHours: "Standard's off-the-job minimum (hours)",
  aims: "The trainee's aims",
  contacts: 'External contacts',
  learningLog: 'Learning log / diary arrangement',
  traineeHopes: "Trainee's hopes and motivation",
  managerExpectations: "Manager's expectations",
};

const blank = (s: string) => s.trim() === '';
export const namedContacts = (contacts: Contact[]) => contacts.filter((c) => !blank(c.name));

/** Words people type to fill a box without saying anything. */
const PLACEHOLDERS = new Set([
  'tbc', 'tbd', 'tba', 'na', 'n a', 'none', 'nil', 'todo', 'to do', 'xxx', 'x', 'test', 'testing', 'asdf', 'qwerty', 'lorem ipsum',
  'to be confirmed', 'to be decided', 'to be agreed', 'to follow', 'see above', 'see below', 'as above', 'same as above', 'placeholder',
  'not applicable', 'not known', 'unknown', 'pending', 'etc', 'blah', 'something', 'stuff', 'various', 'yes', 'no', 'ok',
]);

/**
 * Whether a box says something: at least two words of real letters and not a stock placeholder
 * ("TBC", "n/a", "see above", lorem ipsum). A single character or "xxxx" does not complete a section.
 */
export function isMeaningful(text: string): boolean {
  const plain = text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (plain === '' || PLACEHOLDERS.has(plain) || plain.startsWith('lorem ipsum')) return false;
  const words = plain.split(' ').filter((w) => /\p{L}{2,}/u.test(w));
  const letters = new Set(plain.replace(/[^\p{L}]/gu, ''));
  return words.length >= 2 && letters.size >= 4;
}

const wordCount = (text: string) => text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
/** Training is described when it names some kind of learning, not only the work to be done. */
const TRAINING_WORDS = /\b(train\w*|course\w*|workshop\w*|induction|coach\w*|mentor\w*|shadow\w*|study|studies|learn\w*|teach\w*|tutor\w*|session\w*|module\w*|class\w*|lecture\w*|qualification\w*|cpd|e-?learning|supervis\w*|day[- ]release|block[- ]release)\b/i;
/** A time commitment names an amount of time. */
const TIME_AMOUNT = /(\d|\b(one|two|three|four|five|six|half|an?)\b[^.]{0,20}\b(hours?|days?|mornings?|afternoons?|sessions?|minutes?)\b|\b(hours?|days?|weekly|fortnightly|daily)\b)/i;

/**
 * What stops an agreement being ready for signature, and the signs of "cheap labour", judged on
 * what is written: training that names how the trainee learns, outcomes, time for study, the
 * supervisor's time, review dates and a named contact. Filling a box with "TBC" completes nothing.
 */
export function checkCompleteness(c: AgreementContent, scheme: Scheme): Completeness {
  const missing: string[] = [];
  const need = (field: keyof AgreementContent, ok: boolean) => {
    if (!ok) missing.push(FIELD_LABELS[field]);
  };
  need('hoursPerWeek', c.hoursPerWeek > 0);
  for (const f of ['placeOfWork', 'holidayAbsence', 'healthSafety', 'contractual', 'training', 'outcomes', 'studyTime', 'supervisorTime'] as const) {
    need(f, isMeaningful(c[f]));
  }
  need('reviewEveryWeeks', c.reviewEveryWeeks !== null);
  if (!isMeaningful(c.qualifications) && !isMeaningful(c.projects)) missing.push('Qualifications, projects or specific work');
  need('contacts', namedContacts(c.contacts).length > 0);
  for (const f of ['learningLog', 'traineeHopes', 'managerExpectations'] as const) need(f, isMeaningful(c[f]));
  const aimParts = (['skills', 'knowledge', 'behaviours'] as const).filter((k) => !isMeaningful(c.aims[k]));
  if (aimParts.length > 0) missing.push(`The trainee's aims (${aimParts.join(', ')})`);
  if (scheme === 'apprenticeship') {
    if (!c.contacts.some((x) => x.role === 'training_provider' && !blank(x.name))) {
      missing.push('A named training provider (they sign the apprenticeship training plan)');
    }
    need('apprenticeshipStandard', isMeaningful(c.apprenticeshipStandard));
    for (const problem of planOtj({ ...c, standardMinimumHours: c.otjMinimumHours }).problems) missing.push(`Off-the-job training: ${problem}`);
  }
  const warnings: string[] = [];
  if (!isMeaningful(c.training)) warnings.push('No training is described: a trainee must not be cheap labour.');
  else if (!TRAINING_WORDS.test(c.training)) {
    warnings.push('The training section describes no learning (courses, coaching, shadowing, study): a trainee must not be cheap labour.');
  }
  if (!isMeaningful(c.outcomes)) warnings.push('No expected outcomes are set.');
  else if (wordCount(c.outcomes) < 6) warnings.push('The expected outcomes are too thin to review progress against: say what the trainee will be able to do.');
  if (!isMeaningful(c.supervisorTime) || !TIME_AMOUNT.test(c.supervisorTime)) {
    warnings.push("The supervisor's time is not stated: say who supervises and how much time they give.");
  }
  if (!isMeaningful(c.studyTime) || !TIME_AMOUNT.test(c.studyTime)) warnings.push('No time off for study, training or a project is stated.');
  if (c.reviewEveryWeeks === null) warnings.push('No review dates are planned.');
  if (namedContacts(c.contacts).length === 0) warnings.push('No named external contact.');
  return { missing, warnings };
}

/** Due dates of progress reviews: every `everyWeeks` (at most 12) from the start, up to the end date. */
export function reviewSchedule(startDate: string, endDate: string, everyWeeks: number | null): string[] {
  if (everyWeeks === null || everyWeeks < 1) return [];
  const step = Math.min(everyWeeks, MAX_REVIEW_WEEKS) * 7;
  const dates: string[] = [];
  for (let due = addDays(startDate, step); due <= endDate && dates.length < 500; due = addDays(due, step)) dates.push(due);
  return dates;
}

export const DUE_SOON_DAYS = 14;

/** A review is overdue once its due date has passed without sign-off. */
export function reviewState(dueOn: string, completedOn: string | null, today: string): 'done' | 'overdue' | 'due' | 'upcoming' {
  if (completedOn) return 'done';
  if (dueOn < today) return 'overdue';
  return dueOn <= addDays(today, DUE_SOON_DAYS) ? 'due' : 'upcoming';
}

export interface ContentChange {
  section: string;
  field: keyof AgreementContent;
  label: string;
  before: string;
  after: string;
}

export const AIM_LABELS = { skills: 'Skills', knowledge: 'Knowledge', behaviours: 'Behaviours' } as const;

const describeContacts = (contacts: Contact[]) =>
  contacts
    .map((x) => [CONTACT_ROLE_LABELS[x.role], x.name, x.organisation, x.email, x.visits && `visits: ${x.visits}`].filter(Boolean).join(' · '))
    .join('\n');

/** A field's value as a person reads it (used by the diff and the exports). */
export function fieldText(c: AgreementContent, field: keyof AgreementContent): string {
  const v = c[field];
  if (field === 'contacts') return describeContacts(c.contacts);
  if (field === 'reviewEveryWeeks') return c.reviewEveryWeeks === null ? '' : `${c.reviewEveryWeeks} weeks`;
  // Dates and hours as the manager reads them elsewhere: dd/mm/yyyy, and hours with their unit.
  if (field === 'startDate' || field === 'endDate' || field === 'gatewayDate') return formatUkDate(c[field]);
  if (field === 'hoursPerWeek' || field === 'otjMinimumHours') return c[field] === null ? '' : `${c[field]} hours`;
  if (field === 'aims') {
    return (Object.keys(AIM_LABELS) as (keyof typeof AIM_LABELS)[])
      .filter((k) => !blank(c.aims[k]))
      .map((k) => `${AIM_LABELS[k]}: ${c.aims[k].trim()}`)
      .join('\n');
  }
  return v === null || typeof v === 'object' ? '' : String(v);
}

/** What changed between two versions, section by section. */
export function diffContent(before: AgreementContent, after: AgreementContent): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const section of SECTIONS) {
    for (const field of section.fields) {
      const [a, b] = [fieldText(before, field), fieldText(after, field)];
      if (a !== b) changes.push({ section: section.title, field, label: FIELD_LABELS[field], before: a, after: b });
    }
  }
  return changes;
}
