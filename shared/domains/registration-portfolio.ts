import { z } from 'zod';
import { id, isoDate, optionalText } from './common';
import type { Level, Stage } from './registration';

/**
 * The documents of a CILIP registration portfolio, per level (CILIP's Professional Registration
 * handbooks; see docs/registration.md for the sources). A checklist the manager ticks, never a gate.
 */
export const PORTFOLIO_ITEMS = [
  'pksb_initial',
  'pksb_final',
  'annotated_cv',
  'annotated_job_description',
  'organisational_context',
  'mentor_completion_form',
  'evaluative_statement',
  'evidence_mapped',
  'letter_of_support_mentor',
  'letter_of_support_second',
] as const;
export type PortfolioItemKey = (typeof PORTFOLIO_ITEMS)[number];

export const PORTFOLIO_ITEM_LABELS: Record<PortfolioItemKey, string> = {
  pksb_initial: 'PKSB with initial ratings',
  pksb_final: 'PKSB with final ratings',
  annotated_cv: 'Annotated CV',
  annotated_job_description: 'Annotated job description',
  organisational_context: 'Organisational context (the organisation’s objectives)',
  mentor_completion_form: 'Mentor Completion form',
  evaluative_statement: 'Evaluative statement (up to 1,000 words)',
  evidence_mapped: 'Evidence mapped to the three criteria',
  letter_of_support_mentor: 'Letter of support from the mentor',
  letter_of_support_second: 'Second letter of support',
};

/** Certification and Chartership need the Mentor Completion form; Fellowship needs two letters of support, one from the mentor. */
export function portfolioItemsFor(level: Level): PortfolioItemKey[] {
  return PORTFOLIO_ITEMS.filter((item) => {
    if (item === 'mentor_completion_form') return level !== 'fellowship';
    if (item === 'letter_of_support_mentor' || item === 'letter_of_support_second') return level === 'fellowship';
    return true;
  });
}

/** CILIP sets no number of evidence items; 12–15 is common advice from mentors and candidate support. */
export const EVIDENCE_ADVICE = { min: 12, max: 15 } as const;

/**
 * A soft hint on the amount of evidence once the portfolio is being put together; null when there is
 * nothing to say. Never a block: CILIP judges the quality of the evidence, not its count.
 */
export function evidenceVolumeHint(count: number, stage: Stage): string | null {
  if (stage !== 'gathering_evidence' && stage !== 'portfolio_assembly') return null;
  const advice = `CILIP sets no fixed number; ${EVIDENCE_ADVICE.min}–${EVIDENCE_ADVICE.max} items is common advice.`;
  if (count < EVIDENCE_ADVICE.min) return `${count} evidence ${count === 1 ? 'item' : 'items'} so far. ${advice}`;
  if (count > EVIDENCE_ADVICE.max) return `${count} evidence items: assessors value a few well-chosen items over many. ${advice}`;
  return null;
}

export const portfolioItem = z.object({
  item: z.enum(PORTFOLIO_ITEMS),
  label: z.string(),
  doneOn: isoDate.nullable(),
  note: z.string(),
});
export type PortfolioItem = z.infer<typeof portfolioItem>;

export const portfolioItemInput = z
  .object({
    journeyId: id,
    item: z.enum(PORTFOLIO_ITEMS, { message: 'must be one of the portfolio documents' }),
    done: z.boolean(),
    note: optionalText(500),
  })
  .strict();
export type PortfolioItemInput = z.infer<typeof portfolioItemInput>;
