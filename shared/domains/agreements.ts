import { z } from 'zod';
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
  tutor: 'Tutor',
  placement_coordinator: 'Placement co-ordinator',
  training_provider: 'Training provider',
  end_point_assessor: 'End-point assessor',
  other: 'Other contact',
};

export const VERSION_STATUSES = ['draft', 'ready', 'signed'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
export const SIGNER_ROLES = ['trainee', 'manager', 'provider'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
export const SIGNER_ROLE_LABELS: Record<SignerRole, string> = {
  trainee: 'Trainee',
  manager: 'Manager',
  provider: 'Training provider',
};
/** Apprenticeship training plans are signed three ways (apprentice, employer, provider). */
export const requiredSigners = (scheme: Scheme): SignerRole[] =>
  scheme === 'apprenticeship' ? ['trainee', 'manager', 'provider'] : ['trainee', 'manager'];

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

/** The parts of an agreement that come from a template (everything but the dates). */
export const templateContent = z
  .object({
    hoursPerWeek: z
      .number({ message: 'must be a number' })
      .min(0, 'must be between 0 and 48')
      .max(MAX_HOURS_PER_WEEK, 'must be between 0 and 48'),
    placeOfWork: text,
    holidayAbsence: text,
    healthSafety: text,
    contractual: text,
    training: text,
    outcomes: text,
    qualifications: text,
    projects: text,
    contacts: z.array(contact).max(10, 'must be at most 10 contacts'),
    learningLog: text,
    traineeHopes: text,
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

const checkDates = (c: { startDate: string; endDate: string }, ctx: z.RefinementCtx) => {
  if (c.endDate < c.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'cannot be before the start date' });
};

export const agreementContentBase = templateContent.extend({ startDate: isoDate, endDate: isoDate });
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

export const version = z.object({
  id,
  number: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  content: agreementContentBase,
  signatures: z.array(signature),
  createdAt: z.string(),
  readyAt: z.string().nullable(),
  signedAt: z.string().nullable(),
});
export type Version = z.infer<typeof version>;

export const otjRule = z.discriminatedUnion('mode', [
  z
    .object({
      mode: z.literal('weekly'),
      hoursPerWeek: z.number({ message: 'must be a number' }).gt(0, 'must be more than 0').max(40, 'must be at most 40'),
      fullTimeHours: z.number({ message: 'must be a number' }).min(30, 'must be at least 30').max(48, 'must be at most 48'),
    })
    .strict(),
  z
    .object({
      mode: z.literal('total'),
      totalHours: z.number({ message: 'must be a number' }).gt(0, 'must be more than 0').max(5000, 'must be at most 5000'),
    })
    .strict(),
]);
export type OtjRule = z.infer<typeof otjRule>;
export const DEFAULT_OTJ_RULE: Extract<OtjRule, { mode: 'weekly' }> = { mode: 'weekly', hoursPerWeek: 6, fullTimeHours: 30 };

export const otjProgress = z.object({
  loggedHours: z.number(),
  requiredToDate: z.number(),
  requiredTotal: z.number(),
  status: z.enum(['on_track', 'behind', 'not_started']),
  shortfall: z.number(),
});
export type OtjProgress = z.infer<typeof otjProgress>;

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

export const agreementSummary = z.object({
  id,
  memberId: id,
  memberName: z.string(),
  scheme: z.enum(SCHEMES),
  versionNumber: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  signedVersion: z.number().int().nullable(),
  startDate: isoDate,
  endDate: isoDate,
  daysLeft: z.number().int(),
  nextReviewDue: isoDate.nullable(),
  overdueReviews: z.number().int(),
  otj: otjProgress.nullable(),
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
  agreementInput: z.object({ agreementId: id }).strict(),
  signInput: z.object({ versionId: id, role: z.enum(SIGNER_ROLES), name: requiredText(200), signedOn: isoDate }).strict(),
  exportInput: z.object({ versionId: id, format: z.enum(['docx', 'pdf']) }).strict(),
  templateInput: z.object({ scheme: z.enum(SCHEMES), durationWeeks: z.number().int().min(1, 'must be at least 1 week').max(260, 'must be at most 260 weeks'), content: templateContent }).strict(),
  schemeInput: z.object({ scheme: z.enum(SCHEMES) }).strict(),
  settings: z.object({ otjRule }),
};
