import type { Mention } from '../../../../shared/domains/privacy';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The field's text with each mention marked, so the manager sees exactly what would change. */
export function MentionText({ mention }: { mention: Pick<Mention, 'text' | 'matches'> }) {
  const words = Array.from(new Set(mention.matches)).filter(Boolean);
  if (words.length === 0) return <blockquote className="notes">{mention.text}</blockquote>;
  const parts = mention.text.normalize('NFC').split(new RegExp(`(${words.map(escape).join('|')})`, 'u'));
  return (
    <blockquote className="notes">
      {parts.map((part, i) => (words.includes(part) ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </blockquote>
  );
}

export const refKey = (ref: Mention['ref']) => `${ref.table}|${ref.key}|${ref.column}`;

export const mentionHeading = (m: Pick<Mention, 'where' | 'whose'>) => (m.whose ? `${m.whose}: ${m.where.toLowerCase()}` : m.where);
