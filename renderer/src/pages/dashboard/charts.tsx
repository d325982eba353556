import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartsData } from '../../../../shared/domains/dashboard';
import { plural } from '../../../../shared/plural';

/** A chart with its data as a table for screen readers and anyone who prefers numbers. */
function ChartCard({ title, summary, table, children }: { title: string; summary: string; table: ReactNode; children: ReactNode }) {
  const id = title.toLowerCase().replace(/[^a-z]+/g, '-');
  return (
    <section className="card chart-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{summary}</p>
      <div aria-hidden="true" className="chart">
        {children}
      </div>
      <details>
        <summary>Show as a table</summary>
        {table}
      </details>
    </section>
  );
}

/** Tall enough that every bar of a horizontal bar chart keeps its label (recharts drops labels that would touch). */
const barsHeight = (bars: number) => Math.max(220, bars * 26 + 50);

const monthLabel = (m: string) => new Date(`${m}-15T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

export function DashboardCharts({ data }: { data: ChartsData }) {
  const rated = data.skills.sections.filter((s) => s.average !== null);
  const lowest = data.cpd.slice(0, 15);
  const under20 = data.cpd.filter((c) => c.hours < 20).length;
  const nominations = data.recognition.reduce((n, r) => n + r.nominations, 0);
  return (
    <div className="chart-grid">
      <ChartCard
        title="Team skills by section"
        summary={data.skills.framework ? `Average current rating per section (${data.skills.framework}), latest shared assessments.` : 'No skills framework yet.'}
        table={
          <table className="data-table">
            <caption className="visually-hidden">Average rating by section</caption>
            <thead><tr><th scope="col">Section</th><th scope="col">Average</th><th scope="col">People rated</th></tr></thead>
            <tbody>{data.skills.sections.map((s) => <tr key={s.code}><td>{s.code} {s.name}</td><td>{s.average ?? '—'}</td><td>{s.people}</td></tr>)}</tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height={barsHeight(rated.length)}>
          <BarChart accessibilityLayer={false} data={rated} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 4]} />
            <YAxis type="category" dataKey="code" width={32} interval={0} />
            <Tooltip formatter={(v) => [v, 'Average']} labelFormatter={(code) => rated.find((s) => s.code === code)?.name ?? String(code)} />
            <Bar dataKey="average" fill="#0b5394" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>

      <ChartCard
        title="Registration pipeline"
        summary={`${plural(data.pipeline.reduce((n, r) => n + r.certification + r.chartership + r.fellowship, 0), 'journey')} in progress, by stage and level.`}
        table={
          <table className="data-table">
            <caption className="visually-hidden">Journeys by stage</caption>
            <thead><tr><th scope="col">Stage</th><th scope="col">Certification</th><th scope="col">Chartership</th><th scope="col">Fellowship</th></tr></thead>
            <tbody>{data.pipeline.map((r) => <tr key={r.stage}><td>{r.stage}</td><td>{r.certification}</td><td>{r.chartership}</td><td>{r.fellowship}</td></tr>)}</tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height={220}>
          <BarChart accessibilityLayer={false} data={data.pipeline}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="stage" interval={0} tick={{ fontSize: 11 }} angle={-25} textAnchor="end" height={70} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="certification" name="Certification" stackId="a" fill="#7aa6d6" isAnimationActive={false} />
            <Bar dataKey="chartership" name="Chartership" stackId="a" fill="#0b5394" isAnimationActive={false} />
            <Bar dataKey="fellowship" name="Fellowship" stackId="a" fill="#1d2b3a" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>

      <ChartCard
        title="CPD hours, last 12 months"
        summary={`${under20} of ${plural(data.cpd.length, 'person', 'people')} ${under20 === 1 ? 'has' : 'have'} logged fewer than 20 hours. The chart shows the ${lowest.length} with the fewest.`}
        table={
          <table className="data-table">
            <caption className="visually-hidden">CPD hours per person</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Hours</th></tr></thead>
            <tbody>{data.cpd.map((c) => <tr key={c.memberId}><td>{c.name}</td><td>{c.hours}</td></tr>)}</tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height={barsHeight(lowest.length)}>
          <BarChart accessibilityLayer={false} data={lowest} layout="vertical" margin={{ left: 8, right: 32 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" />
            <YAxis type="category" dataKey="name" width={140} interval={0} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Bar dataKey="hours" name="Hours" fill="#0b5394" isAnimationActive={false}>
              <LabelList dataKey="hours" position="right" fontSize={11} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>

      <ChartCard
        title="Recognition over time"
        summary={`${plural(nominations, 'nomination')} in the last 12 months.`}
        table={
          <table className="data-table">
            <caption className="visually-hidden">Nominations and wins per month</caption>
            <thead><tr><th scope="col">Month</th><th scope="col">Nominations</th><th scope="col">Wins</th></tr></thead>
            <tbody>{data.recognition.map((r) => <tr key={r.month}><td>{monthLabel(r.month)}</td><td>{r.nominations}</td><td>{r.wins}</td></tr>)}</tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height={220}>
          <LineChart accessibilityLayer={false} data={data.recognition.map((r) => ({ ...r, label: monthLabel(r.month) }))}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line dataKey="nominations" name="Nominations" stroke="#0b5394" strokeWidth={2} isAnimationActive={false} />
            <Line dataKey="wins" name="Wins" stroke="#c25e00" strokeDasharray="5 3" strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartCard>
    </div>
  );
}
