import { useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import type { AssessmentDetail, RatedSkill } from '../../../../shared/domains/skills';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { NotesInput } from './notes-input';
import { RatingGroup } from './rating-group';
import { useAutosave } from './use-autosave';

type Sections = NonNullable<AssessmentDetail['sections']>;

/** The fast-entry grid: every skill by section, current and target ratings, relevance and notes, saved as you go. */
export function RatingGrid({ detail, sections }: { detail: AssessmentDetail; sections: Sections }) {
  const { assessment, scale } = detail;
  const { local, status, save } = useAutosave(assessment.id);
  const relevance = useCommand('skills:setRelevance');
  // A snapshot of the unrated skills when the filter is turned on, so a row does not vanish under the keyboard as it is rated.
  const [onlyIds, setOnlyIds] = useState<Set<number> | null>(null);
  const merged = (k: RatedSkill): RatedSkill => ({ ...k, ...local[k.id] });
  const all = sections.flatMap((s) => s.skills.map(merged)).filter((k) => !k.retiredOn);
  const rated = all.filter((k) => k.current !== null).length;
  // A carried-over rating stays marked until it is rated again here (any change, or "Keep").
  const isCarried = (k: RatedSkill) => k.carriedOver && local[k.id] === undefined;
  const carried = all.filter(isCarried).length;
  const from = assessment.carriedFrom ? formatUkDate(assessment.carriedFrom.assessedOn) : 'the previous assessment';
  let row = 0;

  return (
    <>
      <div className="grid-status">
        <p>
          <strong>
            {rated} of {all.length} rated
          </strong>
        </p>
        <progress max={all.length} value={rated} aria-label="Skills rated" />
        <p role="status" aria-live="polite" className={status.state === 'error' ? 'error-banner' : 'muted'}>
          {status.state === 'saving' && 'Saving…'}
          {status.state === 'saved' && 'All changes saved.'}
          {status.state === 'error' && `Not saved: ${status.message}`}
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={onlyIds !== null}
            onChange={(e) => setOnlyIds(e.target.checked ? new Set(all.filter((k) => k.current === null).map((k) => k.id)) : null)}
          />
          Show only skills not rated yet
        </label>
      </div>
      {carried > 0 && (
        <p className="info-banner" role="note">
          {carried} {carried === 1 ? 'rating is' : 'ratings are'} carried over from {from} and marked “Carried over” until rated again. Change a
          rating, or choose “Keep” if it still holds.
        </p>
      )}
      <p className="muted">
        Keyboard: Tab moves between controls; in a rating, press a number ({scale.min}–{scale.max}) or ← → to rate, ↑ ↓ to move to the
        previous or next skill, Delete to clear. Every change is saved at once.
      </p>
      <ErrorMessage error={relevance.error} />
      {sections.map((s) => {
        const skills = s.skills.map(merged).filter((k) => onlyIds === null || onlyIds.has(k.id));
        if (skills.length === 0) return null;
        const sectionRated = s.skills.map(merged).filter((k) => k.current !== null).length;
        return (
          <section key={s.id} className="card" aria-labelledby={`grid-section-${s.id}`}>
            <h2 id={`grid-section-${s.id}`}>
              {s.code} {s.name} <span className="muted section-progress">({sectionRated} of {s.skills.length} rated)</span>
            </h2>
            <table className="data-table rating-grid">
              <caption className="visually-hidden">Ratings in {s.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">Current</th>
                  <th scope="col">Target</th>
                  <th scope="col">Relevant</th>
                  <th scope="col">Notes / evidence</th>
                </tr>
              </thead>
              <tbody>
                {skills.map((k) => {
                  row += 1;
                  const name = `${k.code} ${k.title}`;
                  return (
                    <tr key={k.id} className={k.relevant ? undefined : 'not-relevant'}>
                      <th scope="row">
                        {name}
                        {k.retiredOn && <span className="badge">Retired</span>}
                        {isCarried(k) && (
                          <div className="carried-line">
                            <span className="badge carried-over">Carried over from {from}</span>
                            <button type="button" onClick={() => save(k.id, { current: k.current })}>
                              Keep <span className="visually-hidden">the carried-over rating of {name}</span>
                            </button>
                          </div>
                        )}
                        {k.description && <div className="muted">{k.description}</div>}
                      </th>
                      <td>
                        <RatingGroup label={`Current rating: ${name}`} value={k.current} scale={scale} row={row} column="current" onChange={(v) => save(k.id, { current: v })} />
                      </td>
                      <td>
                        <RatingGroup label={`Target rating: ${name}`} value={k.target} scale={scale} row={row} column="target" onChange={(v) => save(k.id, { target: v })} />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Relevant: ${name}`}
                          checked={k.relevant}
                          onChange={(e) => relevance.mutate({ memberId: assessment.memberId, skillId: k.id, relevant: e.target.checked })}
                        />
                      </td>
                      <td>
                        <NotesInput label={`Notes / evidence: ${name}`} value={k.notes} onSave={(notes) => save(k.id, { notes })} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
