import { useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import { LEVEL_LABELS, type Journey } from '../../../../shared/domains/registration';
import type { PortfolioItem } from '../../../../shared/domains/registration-portfolio';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';

const needsNote = (item: PortfolioItem['item']) => item === 'letter_of_support_mentor' || item === 'letter_of_support_second';

/** The level's portfolio documents, ticked off as they are ready; a checklist to plan with, never a gate. */
export function PortfolioChecklist({ journey }: { journey: Journey }) {
  const save = useCommand('registration:setPortfolioItem');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const done = journey.portfolio.filter((p) => p.doneOn !== null).length;
  const noteOf = (p: PortfolioItem) => notes[p.item] ?? p.note;
  const set = (p: PortfolioItem, isDone: boolean) =>
    void save.mutateAsync({ journeyId: journey.id, item: p.item, done: isDone, note: noteOf(p) }).catch(() => undefined);

  return (
    <section className="card" aria-labelledby="reg-portfolio">
      <h2 id="reg-portfolio">Portfolio checklist</h2>
      <p>
        What a {LEVEL_LABELS[journey.level]} portfolio holds: {done} of {journey.portfolio.length} ready.
      </p>
      <ErrorMessage error={save.error} />
      <ul className="portfolio-checklist">
        {journey.portfolio.map((p) => (
          <li key={p.item}>
            <label>
              <input type="checkbox" checked={p.doneOn !== null} disabled={save.isPending} onChange={(e) => set(p, e.target.checked)} /> {p.label}
              {p.doneOn && <span className="portfolio-done"> — ready {formatUkDate(p.doneOn)}</span>}
            </label>
            {needsNote(p.item) ? (
              <input
                aria-label={`Who wrote it: ${p.label}`}
                placeholder="Who wrote it"
                value={noteOf(p)}
                maxLength={500}
                onChange={(e) => setNotes({ ...notes, [p.item]: e.target.value })}
                onBlur={() => {
                  if (noteOf(p) !== p.note) set(p, p.doneOn !== null);
                }}
              />
            ) : (
              <span />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
