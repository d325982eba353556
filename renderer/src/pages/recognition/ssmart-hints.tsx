import type { SsmartHint } from '../../../../shared/domains/recognition';

const NAMES: Record<SsmartHint['key'], string> = {
  sincere: 'Sincere',
  specific: 'Specific',
  meaningful: 'Meaningful',
  relevant: 'Relevant',
  timely: 'Timely',
};

/** SSMART checks as gentle suggestions: words carry the meaning, the tick/arrow only decorates. */
export function SsmartHints({ hints, label, compact }: { hints: SsmartHint[]; label: string; compact?: boolean }) {
  const shown = compact ? hints.filter((h) => !h.ok) : hints;
  if (hints.every((h) => h.ok)) return <p className="ssmart-ok">SSMART check: all five look good.</p>;
  return (
    <ul className="ssmart" aria-label={label}>
      {shown.map((h) => (
        <li key={h.key} className={h.ok ? 'ssmart-pass' : 'ssmart-tip'}>
          <span aria-hidden="true">{h.ok ? '✓ ' : '→ '}</span>
          <strong>{NAMES[h.key]}</strong>
          {h.ok ? ': ' : ' (suggestion): '}
          {h.message}
        </li>
      ))}
    </ul>
  );
}
