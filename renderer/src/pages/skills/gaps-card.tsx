import { useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';

/** Ranked gaps (target − current) of relevant skills in the latest shared assessment. */
export function GapsCard({ memberId, limit = 10 }: { memberId: number; limit?: number }) {
  const gaps = useChannel('skills:gaps', { memberId });
  const [showAll, setShowAll] = useState(false);
  const total = gaps.data?.gaps.length ?? 0;
  const shown = showAll ? gaps.data?.gaps : gaps.data?.gaps.slice(0, limit);
  return (
    <section className="card" aria-labelledby={`gaps-${memberId}`}>
      <h2 id={`gaps-${memberId}`}>Biggest gaps</h2>
      <ErrorMessage error={gaps.error} />
      {gaps.data && !gaps.data.assessment && <p>No shared assessment yet, so no gaps to show.</p>}
      {gaps.data?.assessment && shown?.length === 0 && <p>No gaps: every relevant skill is at or above its target.</p>}
      {gaps.data?.assessment && shown && shown.length > 0 && (
        <>
          <p className="muted">From the assessment of {formatUkDate(gaps.data.assessment.assessedOn)}; relevant skills only, biggest gap first.</p>
          <table className="data-table">
            <caption className="visually-hidden">Skill gaps, largest first</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Section</th>
                <th scope="col">Current</th>
                <th scope="col">Target</th>
                <th scope="col">Gap</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((g) => (
                <tr key={g.skillId}>
                  <td>
                    {g.code} {g.title}
                  </td>
                  <td>{g.sectionName}</td>
                  <td>{g.current}</td>
                  <td>{g.target}</td>
                  <td>{g.gap}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > limit && (
            <button type="button" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
              {showAll ? `Show the top ${limit} only` : `Show all ${total} gaps`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
