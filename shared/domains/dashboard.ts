import { z } from 'zod';
import { isoDate } from './common';

export const ATTENTION_KINDS = [
  'stalled-registration',
  'trainee-review',
  'trainee-otj',
  'revalidation',
  'award-deadline',
  'one-to-one',
  'coverage',
  'cycle-closing',
  'subject-access',
  'erasure',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export const ATTENTION_KIND_LABELS: Record<AttentionKind, string> = {
  'stalled-registration': 'Stalled registration',
  'trainee-review': 'Trainee review',
  'trainee-otj': 'Off-the-job training',
  revalidation: 'Revalidation',
  'award-deadline': 'Award deadline',
  'one-to-one': 'One-to-one this week',
  coverage: 'Skills coverage',
  'cycle-closing': 'Nominations closing',
  'subject-access': 'Subject access request',
  erasure: 'Erasure',
};

export const attentionItem = z.object({
  /** Identifies the item *and its state*: a dismissed item comes back when it changes (e.g. 30 → 7 days). */
  key: z.string(),
  kind: z.enum(ATTENTION_KINDS),
  title: z.string(),
  detail: z.string(),
  /** Renderer route where the item is handled. */
  link: z.string(),
  /** 1 = act now … 5 = for information. */
  urgency: z.number().int().min(1).max(5),
  dueOn: isoDate.nullable(),
});
export type AttentionItem = z.infer<typeof attentionItem>;

export const attention = z.object({
  items: z.array(attentionItem),
  /** How many are hidden by a dismissal or snooze. */
  hidden: z.number().int(),
});
export type Attention = z.infer<typeof attention>;

export const dismissInput = z
  .object({
    key: z.string().trim().min(1, 'is required').max(300, 'must be at most 300 characters'),
    /** Hide until this date (a snooze); null hides it until it changes. */
    until: isoDate.nullable(),
  })
  .strict();

export const chartsData = z.object({
  skills: z.object({
    framework: z.string().nullable(),
    sections: z.array(z.object({ code: z.string(), name: z.string(), average: z.number().nullable(), people: z.number().int() })),
  }),
  pipeline: z.array(z.object({ stage: z.string(), certification: z.number().int(), chartership: z.number().int(), fellowship: z.number().int() })),
  cpd: z.array(z.object({ memberId: z.number().int(), name: z.string(), hours: z.number() })),
  recognition: z.array(z.object({ month: z.string(), nominations: z.number().int(), wins: z.number().int() })),
});
export type ChartsData = z.infer<typeof chartsData>;
