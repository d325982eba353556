import type { Mention } from '../../../../shared/domains/privacy';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The field's text with each mention marked, so the manager sees exactly what would change. */
export function MentionText({ mention }: { mention: Pick<Mention, 'text' | 'matches'> }) {
  const words = Array.from(new Set(mention.matches)).filter(Boolean);
  if (words.length === 0) return <blockquote className="notes">{mention.text}</blockquote>;
  // Whole words only, as the main process found them: "Sam Hill" is not marked inside "Sam Hillier".
  const pattern = `(?<![\\p{L}\\p{N}_@.])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}_@])`;
  const parts = mention.text.normalize('NFC').split(new RegExp(`(${pattern})`, 'u'));
  return (
    <blockquote className="notes">
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </blockquote>
  );
}

export const refKey = (ref: Mention['ref']) => `${ref.table}|${ref.key}|${ref.column}`;

export const mentionHeading = (m: Pick<Mention, 'where' | 'whose'>) => (m.whose ? `${m.whose}: ${m.where.toLowerCase()}` : m.where);
