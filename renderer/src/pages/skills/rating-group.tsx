import { useRef, type KeyboardEvent } from 'react';
import type { RatingScale } from '../../../../shared/domains/skills';

interface Props {
  label: string;
  value: number | null;
  scale: RatingScale;
  onChange: (value: number | null) => void;
  /** Position in the grid, so ↑ ↓ can move to the same column of the next skill. */
  row: number;
  column: 'current' | 'target';
}

const focusCell = (column: string, row: number) =>
  document.querySelector<HTMLElement>(`[data-cell="${column}-${row}"] [tabindex="0"]`)?.focus();

/**
 * A rating as a radio group with one tab stop. Number keys pick a level, ← → step
 * through levels, ↑ ↓ move to the previous or next skill, Delete clears.
 */
export function RatingGroup({ label, value, scale, onChange, row, column }: Props) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const levels = scale.levels.map((l) => l.level);
  const set = (next: number | null) => {
    onChange(next);
    if (next !== null) buttons.current[levels.indexOf(next)]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const digit = /^[0-9]$/.test(e.key) ? Number(e.key) : null;
    let handled = true;
    if (digit !== null && levels.includes(digit)) set(digit);
    else if (e.key === 'ArrowRight') set(Math.min(scale.max, (value ?? scale.min - 1) + 1));
    else if (e.key === 'ArrowLeft') set(Math.max(scale.min, (value ?? scale.min + 1) - 1));
    else if (e.key === 'Home') set(scale.min);
    else if (e.key === 'End') set(scale.max);
    else if (e.key === 'ArrowDown') focusCell(column, row + 1);
    else if (e.key === 'ArrowUp') focusCell(column, row - 1);
    else if (e.key === 'Delete' || e.key === 'Backspace') onChange(null);
    else handled = false;
    if (handled) e.preventDefault();
  };
  const tabStop = value ?? scale.min;
  return (
    <div role="radiogroup" aria-label={label} className="rating-group" data-cell={`${column}-${row}`} onKeyDown={onKeyDown}>
      {scale.levels.map((l, i) => (
        <button
          key={l.level}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          role="radio"
          aria-checked={value === l.level}
          aria-label={`${l.level} ${l.label}`}
          title={l.label}
          tabIndex={l.level === tabStop ? 0 : -1}
          className={value === l.level ? 'rating-option selected' : 'rating-option'}
          onClick={() => set(value === l.level ? null : l.level)}
        >
          {l.level}
        </button>
      ))}
    </div>
  );
}
