import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { EQUITY_DIMENSIONS, EQUITY_DIMENSION_LABELS, REPEAT_WINS, wordEquityFlag, type EquityDimension, type EquityGroup, type PersonWins } from '../../../../shared/domains/recognition-reports';
import { EMPLOYMENT_TYPE_LABELS, type EmploymentType } from '../../../../shared/domains/team';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { DataTable } from '../../components/data-table';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';

const groupName = (dimension: EquityDimension, group: string) =>
  dimension === 'employmentType' ? (EMPLOYMENT_TYPE_LABELS[group as EmploymentType] ?? group) : group;

function EquityChart({ dimension, groups }: { dimension: EquityDimension; groups: EquityGroup[] }) {
  const data = groups.map((g) => ({ ...g, name: groupName(dimension, g.group) }));
  return (
    <figure className="recognition-chart">
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 16, left: 0, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend formatter={(value: string) => <span className="recognition-legend">{value}</span>} />
            {/* Solid dark bars for wins, light outlined bars for nominations: they differ in lightness and outline, not only hue, and carry their numbers. */}
            <Bar dataKey="nominations" name="Nominations" fill="#c9d7e8" stroke="#0b5394" isAnimationActive={false}>
              <LabelList dataKey="nominations" position="top" />
            </Bar>
            <Bar dataKey="wins" name="Wins" fill="#1d2b3a" isAnimationActive={false}>
              <LabelList dataKey="wins" position="top" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>Nominations and wins by {EQUITY_DIMENSION_LABELS[dimension].toLowerCase()}. The table gives the same figures.</figcaption>
      <DataTable wrap label={`By ${EQUITY_DIMENSION_LABELS[dimension].toLowerCase()}`} columns={[EQUITY_DIMENSION_LABELS[dimension], 'People', 'Nominations', 'Wins', 'Never nominated']}>
        {data.map((g) => (
          <tr key={g.group}>
            <th scope="row">{g.name}</th>
            <td>{g.members}</td>
            <td>{g.nominations}</td>
            <td>{g.wins}</td>
            <td>{g.neverNominated}</td>
          </tr>
        ))}
      </DataTable>
    </figure>
  );
}

/** Every winner in the window, most wins first; repeat winners are marked in words, not only by order. */
function WinsPerPerson({ winners }: { winners: PersonWins[] }) {
  const repeat = winners.filter((w) => w.wins >= REPEAT_WINS).length;
  return (
    <section aria-labelledby="winners-heading">
      <h2 id="winners-heading">Wins per person</h2>
      {winners.length === 0 ? (
        <p>Nobody has won in the last 12 months.</p>
      ) : (
        <>
          <p>
            {repeat === 0
              ? 'No one has won more than once in the last 12 months.'
              : `${repeat} ${repeat === 1 ? 'person has' : 'people have'} won ${REPEAT_WINS} or more times in the last 12 months: check whether the cooldown and the categories give everyone a fair chance.`}
          </p>
          <DataTable wrap label="Wins per person" columns={['Person', 'Wins', 'Nominations', 'Won']}>
            {winners.map((w) => (
              <tr key={w.memberId}>
                <th scope="row">
                  <Link to={`/team/${w.memberId}`}>{w.name}</Link> <span className="muted">{[w.grade, w.team].filter(Boolean).join(', ')}</span>
                </th>
                <td>
                  {w.wins}
                  {w.wins >= REPEAT_WINS && <strong> (repeat winner)</strong>}
                </td>
                <td>{w.nominations}</td>
                <td>{w.won.join('; ')}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

/** /recognition/equity — who gets nominated and who wins, over the last 12 months. */
export default function EquityPage() {
  const report = useChannel('recognition:equity', {});
  const [dimension, setDimension] = useState<EquityDimension>('grade');
  if (report.isPending) return <Loading label="Loading equity view…" />;
  const r = report.data;
  const groups = r?.dimensions.find((d) => d.dimension === dimension)?.groups ?? [];
  return (
    <Page title="Recognition equity">
      <p><Link to="/recognition">← Recognition</Link></p>
      <ErrorMessage error={report.error} />
      {r && (
        <>
          <p>
            {formatUkDate(r.from)} to {formatUkDate(r.to)}: {r.totalNominations} nomination{r.totalNominations === 1 ? '' : 's'} and {r.totalWins} win
            {r.totalWins === 1 ? '' : 's'} across all schemes.
          </p>
          <section aria-labelledby="flags-heading" className="card">
            <h2 id="flags-heading">Patterns to look at</h2>
            {r.flags.length === 0 ? (
              <p>No group holds half or more of the wins while being a minority of the team.</p>
            ) : (
              <ul className="recognition-flags">
                {r.flags.map((f) => (
                  <li key={`${f.dimension}-${f.group}`}>
                    <strong>Flag ({EQUITY_DIMENSION_LABELS[f.dimension]}):</strong> {wordEquityFlag(f, groupName(f.dimension, f.group))}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="breakdown-heading">
            <h2 id="breakdown-heading">Nominations and wins by group</h2>
            <div className="toolbar">
              <label>
                Group by
                <select value={dimension} onChange={(e) => setDimension(e.target.value as EquityDimension)}>
                  {EQUITY_DIMENSIONS.map((d) => (
                    <option key={d} value={d}>{EQUITY_DIMENSION_LABELS[d]}</option>
                  ))}
                </select>
              </label>
            </div>
            {r.totalNominations === 0 ? (
              <EmptyState title="No nominations in the last 12 months">
                <p>Once cycles run, this view shows whether recognition reaches every grade, team and working pattern.</p>
              </EmptyState>
            ) : (
              <EquityChart dimension={dimension} groups={groups} />
            )}
          </section>
          <WinsPerPerson winners={r.winners} />
          <section aria-labelledby="never-heading">
            <h2 id="never-heading">Never nominated in the last 12 months ({r.neverNominated.length})</h2>
            {r.neverNominated.length === 0 ? (
              <p>Everyone in the team has been nominated at least once.</p>
            ) : (
              <ul className="recognition-never">
                {r.neverNominated.map((m) => (
                  <li key={m.id}>
                    <Link to={`/team/${m.id}`}>{m.name}</Link> <span className="muted">{[m.grade, m.team].filter(Boolean).join(', ')}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
