import { z } from 'zod';
import { id, MAX_IMPORT_CHARS } from './common';
import { CPD_TYPES } from './registration-cpd';

/**
 * The member pack (issue #18): one .xlsx the manager sends a member, who fills in a self-assessment,
 * talking points for the next one-to-one and CPD entries, and sends it back to be imported.
 */

/** Sheet names: the import finds its sheets by these names, so they are part of the file format. */
export const PACK_SHEETS = {
  readMe: 'Read me',
  pksb: 'PKSB',
  talkingPoints: 'Talking points',
  cpd: 'CPD',
  identity: 'Pack identity',
} as const;

export const PKSB_HEADERS = ['Section', 'Skill code', 'Skill', 'Last current', 'Last target', 'Current (0-4)', 'Target (0-4)', 'Relevant to my role', 'Evidence / comment'] as const;
export const TALKING_POINT_HEADERS = ['Talking point', 'Detail'] as const;
export const CPD_HEADERS = ['Date', 'Hours', 'Title', 'Type', 'PKSB area', 'Reflection'] as const;

/** Differences of this many levels or more between self-rating and manager's view are worth talking about. */
export const TALKING_POINT_DIFFERENCE = 2;

export const packExportInput = z.object({ memberId: id }).strict();

export const packFileInput = z
  .object({
    memberId: id,
    fileName: z.string().trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
    content: z.string().min(1, 'is required').max(MAX_IMPORT_CHARS, 'file is too large (limit 8 MB)'),
  })
  .strict();
export type PackFileInput = z.infer<typeof packFileInput>;

const rowNumbers = z.array(z.number().int().positive()).max(5000, 'must list at most 5000 rows');
export const packAcceptInput = packFileInput
  .extend({
    /** Take the self-assessment (all its rated rows, or nothing). */
    assessment: z.boolean(),
    agendaRows: rowNumbers,
    cpdRows: rowNumbers,
  })
  .strict();
export type PackAcceptInput = z.infer<typeof packAcceptInput>;

const rowBase = { rowNumber: z.number().int(), errors: z.array(z.string()), alreadyImported: z.boolean() };

export const packPreview = z.object({
  pack: z.object({
    id: z.string(),
    memberName: z.string(),
    sentOn: z.string(),
    framework: z.string().nullable(),
    meetingOn: z.string().nullable(),
    /** In words: an older pack, a changed framework. The import still reads it. */
    warnings: z.array(z.string()),
  }),
  assessment: z.object({
    alreadyImported: z.boolean(),
    rows: z.array(
      z.object({
        ...rowBase,
        code: z.string(),
        title: z.string(),
        current: z.number().int().nullable(),
        target: z.number().int().nullable(),
        relevant: z.boolean().nullable(),
        notes: z.string(),
      }),
    ),
  }),
  agenda: z.object({
    rows: z.array(z.object({ ...rowBase, title: z.string(), detail: z.string() })),
  }),
  cpd: z.object({
    rows: z.array(
      z.object({
        ...rowBase,
        date: z.string(),
        hours: z.number().nullable(),
        title: z.string(),
        activityType: z.enum(CPD_TYPES).nullable(),
        sections: z.array(z.string()),
        reflection: z.string(),
      }),
    ),
  }),
});
export type PackPreview = z.infer<typeof packPreview>;

export const packAcceptResult = z.object({
  assessmentId: z.number().int().nullable(),
  agendaAdded: z.number().int(),
  cpdAdded: z.number().int(),
  meetingId: z.number().int().nullable(),
});
export type PackAcceptResult = z.infer<typeof packAcceptResult>;

export const managerViewInput = z
  .object({
    assessmentId: id,
    skillId: id,
    level: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(10, 'must be at most 10').nullable(),
  })
  .strict();

export const selfVsManager = z.object({
  assessmentId: z.number().int(),
  memberName: z.string(),
  selfAssessed: z.boolean(),
  rows: z.array(
    z.object({
      skillId: z.number().int(),
      code: z.string(),
      title: z.string(),
      section: z.string(),
      self: z.number().int().nullable(),
      manager: z.number().int().nullable(),
      /** manager − self, when both are rated. */
      difference: z.number().int().nullable(),
    }),
  ),
  /** Skills where the two views differ by TALKING_POINT_DIFFERENCE or more: suggested for the next one-to-one. */
  talkingPoints: z.array(z.object({ skillId: z.number().int(), title: z.string(), detail: z.string() })),
});
export type SelfVsManager = z.infer<typeof selfVsManager>;

/** The suggestion wording, shared by the comparison view and the one-to-one agenda hint. */
export function talkingPointFor(p: { code: string; title: string; self: number; manager: number }, memberName: string) {
  return {
    title: `Ratings differ: ${p.code} ${p.title}`,
    detail: `${memberName} rated themself ${p.self}; your view is ${p.manager}. Talk about the evidence.`,
  };
}
