import { z } from 'zod';
import { otjPlan, otjProgress, otjRuleSet } from './agreements-otj';
import { byId, exportedFile, id, isoDate, optionalText, requiredText } from './common';

/** Agreement schemes; each has a template in resources/agreement-templates. */
export const SCHEMES = ['apprenticeship', 'graduate_traineeship', 'work_placement'] as const;
export type Scheme = (typeof SCHEMES)[number];
export const SCHEME_LABELS: Record<Scheme, string> = {
  apprenticeship: 'Apprenticeship',
  graduate_traineeship: 'Graduate traineeship',
  work_placement: 'Work placement',
};

export const CONTACT_ROLES = ['tutor', 'placement_coordinator', 'training_provider', 'end_point_assessor', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  tutor: 'Placement tutor (home university or college)',
  placement_coordinator: 'Placement co-ordinator',
  training_provider: 'Training provider',
  end_point_assessor: 'End-point assessor',
  other: 'Other contact',
};

export const VERSION_STATUSES = ['draft', 'ready', 'signed'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
export const SIGNER_ROLES = ['trainee', 'manager', 'provider', 'tutor'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
export const SIGNER_ROLE_LABELS: Record<SignerRole, string> = {
  trainee: 'Trainee',
  manager: 'Manager',
  provider: 'Training provider',
  tutor: 'Placement tutor',
};
/** Signers who are external contacts: the contact role each is chosen from. */
export const CONTACT_SIGNERS: Partial<Record<SignerRole, ContactRole>> = { provider: 'training_provider', tutor: 'tutor' };

/**
 * Who signs: the trainee and the manager; an apprenticeship's training plan is signed three ways
 * (apprentice, employer, training provider); a placement with a named tutor at the home university
 * or college is signed by that tutor too.
 */
export function requiredSigners(scheme: Scheme, contacts: readonly { role: ContactRole; name: string }[] = []): SignerRole[] {
  if (scheme === 'apprenticeship') return ['trainee', 'manager', 'provider'];
  const tutor = contacts.some((c) => c.role === 'tutor' && c.name.trim() !== '');
  return tutor ? ['trainee', 'manager', 'tutor'] : ['trainee', 'manager'];
}

export const MAX_HOURS_PER_WEEK = 48;
export const MAX_REVIEW_WEEKS = 12;

export const contact = z
  .object({
    role: z.enum(CONTACT_ROLES, { message: 'must be one of the contact roles' }),
    name: optionalText(200),
    organisation: optionalText(200),
    email: optionalText(254),
    visits: optionalText(2000),
  })
  .strict();
export type Contact = z.infer<typeof contact>;

const text = optionalText(5000);

/** The trainee's aims, structured as the apprenticeship standards are: skills, knowledge and behaviours. */
export const aims = z
  .object({ skills: text, knowledge: text, behaviours: text })
  .strict();
export type Aims = z.infer<typeof aims>;

/** Fields added after the first release: older stored content and saved templates are read with these filled in. */
export const NEW_CONTENT_DEFAULTS = {
  studyTime: '',
  supervisorTime: '',
  apprenticeshipStandard: '',
  otjMinimumHours: null,
  aims: { skills: '', knowledge: '', behaviours: '' },
} as const;

/** The parts of an agreement that come from a template (everything but the dates). */
export const templateContent = z
  .object({
    placeOfWork: text,
    holidayAbsence: text,
    healthSafety: text,
    contractual: text,
    training: text,
    outcomes: text,
    qualifications: text,
    projects: text,
    studyTime: text,
    supervisorTime: text,
    apprenticeshipStandard: optionalText(200),
    otjMinimumHours: z
      .number({ message: 'must be a number' })
      .min(0, 'must be between 0 and 5000')
      .max(5000, 'must be between 0 and 5000')
      .nullable(),
    contacts: z.array(contact).max(10, 'must be at most 10 contacts'),
    learningLog: text,
    traineeHopes: text,
    aims,
    managerExpectations: text,
    reviewEveryWeeks: z
      .number({ message: 'must be a number' })
      .int('must be a whole number of weeks')
      .min(1, 'must be between 1 and 12 weeks')
      .max(MAX_REVIEW_WEEKS, 'must be between 1 and 12 weeks')
      .nullable(),
  })
  .strict();
export type TemplateContent = z.infer<typeof templateContent>;

const checkDates = (c: { startDate: string; endDate: string; gatewayDate?: string | null }, ctx: z.RefinementCtx) => {
  if (c.endDate < c.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'cannot be before the start date' });
  if (c.gatewayDate && (c.gatewayDate < c.startDate || c.gatewayDate > c.endDate)) {
    ctx.addIssue({ code: 'custom', path: ['gatewayDate'], message: 'must be between the start and end dates' });
  }
};

export const agreementContentBase = templateContent.extend({
  /** Defaults from the person's FTE × the full-time week in Settings, never from the template. */
  hoursPerWeek: z
    .number({ message: 'must be a number' })
    .min(0, 'must be between 0 and 48')
    .max(MAX_HOURS_PER_WEEK, 'must be between 0 and 48'),
  startDate: isoDate,
  endDate: isoDate,
  /** Apprenticeships: gateway, where off-the-job training ends (end-point assessment follows). */
  gatewayDate: isoDate.nullable(),
});
export const agreementContent = agreementContentBase.superRefine(checkDates);
export type AgreementContent = z.infer<typeof agreementContent>;

export const template = z.object({
  scheme: z.enum(SCHEMES),
  label: z.string(),
  durationWeeks: z.number().int().min(1).max(260),
  content: templateContent,
  /** Prompts shown under each field of the editor. */
  guidance: z.record(z.string(), z.string()),
  customised: z.boolean(),
});
export type Template = z.infer<typeof template>;

export const signature = z.object({ role: z.enum(SIGNER_ROLES), name: z.string(), signedOn: isoDate, recordedAt: z.string() });
export type Signature = z.infer<typeof signature>;

/** A ready (perhaps partly signed) version sent back to draft: why, when, and the signatures set aside. */
export const versionReturn = z.object({
  reason: z.string(),
  returnedAt: z.string(),
  setAside: z.array(signature.pick({ role: true, name: true, signedOn: true })),
});
export type VersionReturn = z.infer<typeof versionReturn>;

export const version = z.object({
  id,
  number: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  content: agreementContentBase,
  signatures: z.array(signature),
  returns: z.array(versionReturn),
  createdAt: z.string(),
  readyAt: z.string().nullable(),
  signedAt: z.string().nullable(),
});
export type Version = z.infer<typeof version>;

export const otjEntryInput = z
  .object({
    agreementId: id,
    date: isoDate,
    hours: z.number({ message: 'must be a number' }).gt(0, 'must be more than 0').max(24, 'must be at most 24'),
    activity: requiredText(500),
    outcome: optionalText(500),
  })
  .strict();
export const otjEntry = otjEntryInput.omit({ agreementId: true }).extend({ id });
export type OtjEntry = z.infer<typeof otjEntry>;
/** "Undo" of a deletion: the entry as it was, with the agreement it was deleted from. */
export const otjEntryRestoreInput = otjEntry.extend({ agreementId: id }).strict();
export type OtjEntryRestoreInput = z.infer<typeof otjEntryRestoreInput>;

export const review = z.object({
  id,
  dueOn: isoDate,
  heldOn: isoDate.nullable(),
  notes: z.string(),
  traineeSignedOn: isoDate.nullable(),
  managerSignedOn: isoDate.nullable(),
  providerSignedOn: isoDate.nullable(),
  completedOn: isoDate.nullable(),
  state: z.enum(['done', 'overdue', 'due', 'upcoming']),
});
export type Review = z.infer<typeof review>;

export const reviewRecordInput = z
  .object({ reviewId: id, heldOn: isoDate, notes: requiredText(5000) })
  .strict();
export const reviewSignInput = z.object({ reviewId: id, role: z.enum(SIGNER_ROLES), signedOn: isoDate }).strict();

export const logEntryInput = z
  .object({ agreementId: id, date: isoDate, did: requiredText(2000), learned: optionalText(2000), next: optionalText(2000) })
  .strict();
export const logEntry = logEntryInput.omit({ agreementId: true }).extend({ id, reviewedOn: isoDate.nullable() });
export type LogEntry = z.infer<typeof logEntry>;

export const visitInput = z
  .object({ agreementId: id, date: isoDate, contact: requiredText(200), purpose: requiredText(500), notes: optionalText(2000) })
  .strict();
export const visit = visitInput.omit({ agreementId: true }).extend({ id });
export type Visit = z.infer<typeof visit>;

/** Corrections: an entry's or a visit's fields (the agreement it belongs to stays). */
export const logEntryChanges = logEntryInput.omit({ agreementId: true });
export const logEntryUpdateInput = z.object({ id, changes: logEntryChanges }).strict();
/** "Undo" of a deletion: the entry as it was, its review date included. */
export const logEntryRestoreInput = logEntry.extend({ agreementId: id }).strict();
export type LogEntryRestoreInput = z.infer<typeof logEntryRestoreInput>;
export const visitChanges = visitInput.omit({ agreementId: true });
export const visitUpdateInput = z.object({ id, changes: visitChanges }).strict();
export const visitRestoreInput = visit.extend({ agreementId: id }).strict();
export type VisitRestoreInput = z.infer<typeof visitRestoreInput>;

/** Where an agreement stands today: only a signed agreement between its dates is running. */
export const AGREEMENT_PHASES = ['draft', 'upcoming', 'running', 'ended'] as const;
export type AgreementPhase = (typeof AGREEMENT_PHASES)[number];
export const PHASE_LABELS: Record<AgreementPhase, string> = {
  draft: 'Not signed yet',
  upcoming: 'Signed, not started',
  running: 'Running',
  ended: 'Ended',
};

export const agreementSummary = z.object({
  id,
  memberId: id,
  memberName: z.string(),
  scheme: z.enum(SCHEMES),
  versionNumber: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  signedVersion: z.number().int().nullable(),
  phase: z.enum(AGREEMENT_PHASES),
  startDate: isoDate,
  endDate: isoDate,
  daysLeft: z.number().int(),
  nextReviewDue: isoDate.nullable(),
  overdueReviews: z.number().int(),
  otj: otjProgress.nullable(),
  otjPlan: otjPlan.nullable(),
  warnings: z.array(z.string()),
});
export type AgreementSummary = z.infer<typeof agreementSummary>;

export const completeness = z.object({ missing: z.array(z.string()), warnings: z.array(z.string()) });
export type Completeness = z.infer<typeof completeness>;

export const agreementDetail = agreementSummary.extend({
  versions: z.array(version),
  completeness,
  reviews: z.array(review),
  otjEntries: z.array(otjEntry),
  logEntries: z.array(logEntry),
  visits: z.array(visit),
  requiredSigners: z.array(z.enum(SIGNER_ROLES)),
  /** The app's today (the injected clock), so forms default to it. */
  today: isoDate,
});
export type AgreementDetail = z.infer<typeof agreementDetail>;

export const agreementsSchemas = {
  byId,
  exportedFile,
  createInput: z
    .object({ memberId: id, scheme: z.enum(SCHEMES), startDate: isoDate, endDate: isoDate })
    .strict()
    .superRefine(checkDates),
  listInput: z.object({ memberId: id.optional() }).strict(),
  updateDraftInput: z.object({ versionId: id, content: agreementContent }).strict(),
  versionInput: z.object({ versionId: id }).strict(),
  backToDraftInput: z.object({ versionId: id, reason: requiredText(1000) }).strict(),
  agreementInput: z.object({ agreementId: id }).strict(),
  signInput: z.object({ versionId: id, role: z.enum(SIGNER_ROLES), name: requiredText(200), signedOn: isoDate }).strict(),
  exportInput: z.object({ versionId: id, format: z.enum(['docx', 'pdf']) }).strict(),
  templateInput: z.object({ scheme: z.enum(SCHEMES), durationWeeks: z.number().int().min(1, 'must be at least 1 week').max(260, 'must be at most 260 weeks'), content: templateContent }).strict(),
  schemeInput: z.object({ scheme: z.enum(SCHEMES) }).strict(),
  settings: z.object({
    otjRules: z.array(otjRuleSet),
    fullTimeHours: z.number(),
    /** Standards already entered on agreements, with their off-the-job minimum, to pick from next time. */
    knownStandards: z.array(z.object({ name: z.string(), otjMinimumHours: z.number() })),
  }),
};
