import { addDays } from '../dates';
import {
  CONTACT_ROLE_LABELS,
  MAX_REVIEW_WEEKS,
  type AgreementContent,
  type Completeness,
  type Contact,
  type Scheme,
} from './agreements';

/** Every heading of an agreement (DOMAIN.md section 5), with the fields under it, in document order. */
export const SECTIONS = [
  { key: 'duration', title: 'Duration', fields: ['startDate', 'endDate'] },
  {
    key: 'conditions',
    title: 'Working conditions',
    fields: ['hoursPerWeek', 'placeOfWork', 'holidayAbsence', 'healthSafety', 'contractual'],
  },
  { key: 'training', title: 'Training and expected outcomes', fields: ['training', 'outcomes', 'reviewEveryWeeks'] },
  { key: 'work', title: 'Qualifications, projects and specific work', fields: ['qualifications', 'projects'] },
  { key: 'contacts', title: 'External contacts and planned visits', fields: ['contacts'] },
  { key: 'log', title: 'Learning log', fields: ['learningLog'] },
  { key: 'hopes', title: "The trainee's hopes and motivation", fields: ['traineeHopes'] },
  { key: 'expectations', title: "The manager's expectations", fields: ['managerExpectations'] },
] as const satisfies readonly { key: string; title: string; fields: readonly (keyof AgreementContent)[] }[];

export const FIELD_LABELS: Record<keyof AgreementContent, string> = {
  startDate: 'Start date',
  endDate: 'End date',
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
  contacts: 'External contacts',
  learningLog: 'Learning log / diary arrangement',
  traineeHopes: "Trainee's hopes and motivation",
  managerExpectations: "Manager's expectations",
};

const blank = (s: string) => s.trim() === '';
export const namedContacts = (contacts: Contact[]) => contacts.filter((c) => !blank(c.name));

/**
 * What stops an agreement being ready for signature, and the signs of "cheap labour"
 * (no training, no outcomes, no review dates, no named contact).
 */
export function checkCompleteness(c: AgreementContent, scheme: Scheme): Completeness {
  const missing: string[] = [];
  const need = (field: keyof AgreementContent, ok: boolean) => {
    if (!ok) missing.push(FIELD_LABELS[field]);
  };
  need('hoursPerWeek', c.hoursPerWeek > 0);
  for (const f of ['placeOfWork', 'holidayAbsence', 'healthSafety', 'contractual', 'training', 'outcomes'] as const) {
    need(f, !blank(c[f]));
  }
  need('reviewEveryWeeks', c.reviewEveryWeeks !== null);
  if (blank(c.qualifications) && blank(c.projects)) missing.push('Qualifications, projects or specific work');
  need('contacts', namedContacts(c.contacts).length > 0);
  for (const f of ['learningLog', 'traineeHopes', 'managerExpectations'] as const) need(f, !blank(c[f]));
  if (scheme === 'apprenticeship' && !c.contacts.some((x) => x.role === 'training_provider' && !blank(x.name))) {
    missing.push('A named training provider (they sign the apprenticeship training plan)');
  }
  const warnings: string[] = [];
  if (blank(c.training)) warnings.push('No training is described: a trainee must not be cheap labour.');
  if (blank(c.outcomes)) warnings.push('No expected outcomes are set.');
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

const describeContacts = (contacts: Contact[]) =>
  contacts
    .map((x) => [CONTACT_ROLE_LABELS[x.role], x.name, x.organisation, x.email, x.visits && `visits: ${x.visits}`].filter(Boolean).join(' · '))
    .join('\n');

/** A field's value as a person reads it (used by the diff and the exports). */
export function fieldText(c: AgreementContent, field: keyof AgreementContent): string {
  const v = c[field];
  if (field === 'contacts') return describeContacts(c.contacts);
  if (field === 'reviewEveryWeeks') return c.reviewEveryWeeks === null ? '' : `${c.reviewEveryWeeks} weeks`;
  return v === null ? '' : String(v);
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
