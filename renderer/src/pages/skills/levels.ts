import type { RatingScale } from '../../../../shared/domains/skills';

/** Text for a rating: "3 Competent"; a dash when not rated. */
export const levelText = (scale: RatingScale, value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${value} ${scale.levels.find((l) => l.level === value)?.label ?? ''}`.trim();

/**
 * Heatmap shading: darker means higher. Text colour flips on dark cells so every
 * pair keeps WCAG AA contrast; the number is always printed, so colour is never the only signal.
 */
export function heatClass(average: number | null, max: number): string {
  if (average === null) return 'heat heat-none';
  const share = max > 0 ? average / max : 0;
  const step = Math.min(4, Math.floor(share * 5));
  return `heat heat-${step}`;
}
