import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { LEVELS, LEVEL_LABELS, STAGES, STAGE_LABELS, type StageCount } from '../../../../shared/domains/registration';

// Distinct in hue and lightness, each with ≥ 3:1 contrast on white; the table below carries the same numbers.
const COLOURS = { certification: '#0b5394', chartership: '#b45309', fellowship: '#1e5631' } as const;

/** Candidates by level and stage: a stacked bar chart with the same figures in a table for screen readers and print. */
export function StageChart({ counts }: { counts: StageCount[] }) {
  const stages = STAGES.filter((s) => counts.some((c) => c.stage === s));
  const count = (stage: string, level: string) => counts.find((c) => c.stage === stage && c.level === level)?.count ?? 0;
  const data = stages.map((stage) => ({
    stage: STAGE_LABELS[stage].replace('Outcome: ', ''),
    ...Object.fromEntries(LEVELS.map((l) => [l, count(stage, l)])),
  }));
  const total = counts.reduce((n, c) => n + c.count, 0);
  return (
    <figure className="registration-chart">
      <div aria-hidden="true" className="registration-chart-canvas">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="stage" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {LEVELS.map((l) => (
              <Bar key={l} dataKey={l} name={LEVEL_LABELS[l]} stackId="levels" fill={COLOURS[l]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        {total} {total === 1 ? 'candidate' : 'candidates'} working towards registration, by stage. The table gives the same figures.
      </figcaption>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Candidates by level and stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              {LEVELS.map((l) => (
                <th key={l} scope="col">
                  {LEVEL_LABELS[l]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={s}>
                <th scope="row">{STAGE_LABELS[s]}</th>
                {LEVELS.map((l) => (
                  <td key={l}>{count(s, l)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
