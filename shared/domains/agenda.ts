import { z } from 'zod';

/**
 * Something a domain suggests for a member's next one-to-one (or the home
 * dashboard): stalled registration, a skill gap, a review due, a nomination.
 */
export const agendaHint = z.object({
  source: z.enum(['registration', 'skills', 'agreements', 'recognition', 'actions', 'oneToOnes']),
  /** Stable key so a manager's removal of a suggestion is remembered, e.g. `registration:stalled:12`. */
  key: z.string(),
  title: z.string(),
  detail: z.string(),
  /** A renderer route (hash path) where the item is handled, e.g. `/registration/journeys/12`. */
  link: z.string(),
  /** 1 = most urgent. */
  priority: z.number().int().min(1).max(5),
});
export type AgendaHint = z.infer<typeof agendaHint>;
