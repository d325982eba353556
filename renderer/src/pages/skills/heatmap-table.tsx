import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatUkDate } from '../../../../shared/dates';
import type { Heatmap } from '../../../../shared/domains/skills-dashboard';
import { heatClass } from './levels';

/** Members × sections, average current rating: shaded and printed, so it reads without colour. */
/** Large teams: the first rows render at once and the rest on request, so the page stays quick. */
const FIRST_ROWS = 150;

export function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  const max = heatmap.scale.max;
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? heatmap.rows : heatmap.rows.slice(0, FIRST_ROWS);
  return (
    <section className="card" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">Team heatmap</h2>
      <p className="muted">
        Average current rating (0–{max}) per section, from each person’s latest shared assessment. Darker is higher; a dash means not rated.
      </p>
      {heatmap.rows.length === 0 ? (
        <p className="empty-state">
          Nobody here has a shared assessment in this framework yet. Open a team member’s skills page to start one.
        </p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Team heatmap table">
          <table className="data-table heatmap">
            <caption className="visually-hidden">Average current rating by member and section</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                {heatmap.sections.map((s) => (
                  <th scope="col" key={s.id} title={s.name}>
                    <span aria-hidden="true">{s.code}</span>
                    <span className="visually-hidden">
                      {s.code} {s.name}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.memberId}>
                  <th scope="row">
                    <Link to={`/skills/members/${r.memberId}`}>{r.name}</Link>
                    <span className="muted heat-meta">
                      {r.team} · {formatUkDate(r.assessedOn)}
                    </span>
                  </th>
                  {r.cells.map((c) => (
                    <td key={c.sectionId} className={heatClass(c.average, max)}>
                      {c.average === null ? '—' : c.average.toFixed(1)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {heatmap.rows.length > FIRST_ROWS && (
        <p>
          Showing {rows.length} of {heatmap.rows.length} people.{' '}
          <button type="button" onClick={() => setShowAll((v) => !v)}>
            {showAll ? `Show the first ${FIRST_ROWS} only` : `Show all ${heatmap.rows.length}`}
          </button>{' '}
          Or narrow the list by service point.
        </p>
      )}
      {heatmap.notAssessed.length > 0 && (
        <p className="muted">
          No shared assessment yet:{' '}
          {heatmap.notAssessed.map((m, i) => (
            <span key={m.memberId}>
              {i > 0 && ', '}
              <Link to={`/skills/members/${m.memberId}`}>{m.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
      <details>
        <summary>Section codes</summary>
        <ul className="section-legend">
          {heatmap.sections.map((s) => (
            <li key={s.id}>
              <strong>{s.code}</strong> {s.name}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
