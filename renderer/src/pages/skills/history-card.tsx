import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUkDate } from '../../../../shared/dates';
import { ASSESSMENT_KIND_LABELS, type AssessmentKind } from '../../../../shared/domains/skills';
import { useChannel } from '../../api/hooks';
import { DataTable } from '../../components/data-table';
import { ErrorMessage } from '../../components/page';

/** The rating of one skill over time: a line chart with the same numbers as a table. */
export function HistoryCard({ memberId, latestId }: { memberId: number; latestId: number | null }) {
  const latest = useChannel('skills:getAssessment', { id: latestId ?? 0 }, { enabled: latestId !== null });
  const skills = latest.data?.sections?.flatMap((s) => s.skills) ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const skillId = chosen ?? skills[0]?.id ?? null;
  const history = useChannel('skills:history', { memberId, skillId: skillId ?? 0 }, { enabled: skillId !== null });
  const max = latest.data?.scale.max ?? 4;
  const points = (history.data?.points ?? []).map((p) => ({ ...p, date: formatUkDate(p.assessedOn) }));
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Rating history</h2>
      {latestId === null ? (
        <p>History appears once there is a shared assessment.</p>
      ) : (
        <>
          <ErrorMessage error={latest.error ?? history.error} />
          <label className="toolbar-field">
            Skill
            <select value={skillId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
              {skills.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.code} {k.title}
                </option>
              ))}
            </select>
          </label>
          {points.length > 0 && (
            <div className="history-layout">
              <div aria-hidden="true">
                <LineChart width={420} height={220} data={points} margin={{ top: 10, right: 20, bottom: 10, left: 0 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="date" padding={{ left: 24, right: 24 }} />
                  <YAxis domain={[0, max]} allowDecimals={false} />
                  <Tooltip />
                  <Legend />
                  <Line type="monotone" dataKey="current" name="Current" stroke="#0b5394" strokeWidth={2} />
                  <Line type="monotone" dataKey="target" name="Target" stroke="#a4161a" strokeDasharray="5 4" />
                </LineChart>
              </div>
              <DataTable
                caption={
                  <>
                    {history.data?.code} {history.data?.title} over time
                  </>
                }
                columns={['Date', 'Kind', 'Current', 'Target']}
              >
                {points.map((p) => (
                  <tr key={p.assessmentId}>
                    <td>{p.date}</td>
                    <td>{ASSESSMENT_KIND_LABELS[p.kind as AssessmentKind] ?? p.kind}</td>
                    <td>{p.current ?? '—'}</td>
                    <td>{p.target ?? '—'}</td>
                  </tr>
                ))}
              </DataTable>
            </div>
          )}
        </>
      )}
    </section>
  );
}
