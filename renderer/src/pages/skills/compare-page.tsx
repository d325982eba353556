import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatUkDate } from '../../../../shared/dates';
import { ASSESSMENT_KIND_LABELS, type AssessmentSummary } from '../../../../shared/domains/skills';
import { DIRECTION_LABELS, type Direction } from '../../../../shared/domains/skills-dashboard';
import { invoke } from '../../api/client';
import { useChannel } from '../../api/hooks';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { saveFile } from '../../download';
import { CompareRadar } from './compare-charts';

const label = (a: AssessmentSummary) => `${ASSESSMENT_KIND_LABELS[a.kind]} ${formatUkDate(a.assessedOn)}`;
const ARROW: Record<Direction, string> = { up: '▲', down: '▼', same: '=', unrated: '' };
const num = (v: number | null) => (v === null ? '—' : String(v));

function Change({ direction }: { direction: Direction }) {
  return (
    <span className={`change change-${direction}`}>
      <span aria-hidden="true">{ARROW[direction]} </span>
      {DIRECTION_LABELS[direction]}
    </span>
  );
}

/** Two assessments side by side: per section and per skill, up / down / same, with radar charts. */
export default function ComparePage() {
  const [params, setParams] = useSearchParams();
  const a = Number(params.get('a'));
  const b = Number(params.get('b'));
  const comparison = useChannel('skills:compare', { a, b }, { enabled: a > 0 && b > 0 });
  const memberId = comparison.data?.a.memberId ?? 0;
  const list = useChannel('skills:listAssessments', { memberId }, { enabled: memberId > 0 });
  const [exportError, setExportError] = useState<unknown>(null);
  if (!(a > 0 && b > 0)) {
    return (
      <Page title="Compare assessments">
        <p>Choose two assessments from a team member’s skills page.</p>
        <Link to="/skills">Back to skills</Link>
      </Page>
    );
  }
  if (comparison.isPending) return <Loading label="Comparing…" />;
  const c = comparison.data;
  if (!c) {
    return (
      <Page title="Compare assessments">
        <ErrorMessage error={comparison.error} />
        <Link to="/skills">Back to skills</Link>
      </Page>
    );
  }
  const choices = (list.data ?? []).filter((x) => x.shared && x.frameworkId === c.a.frameworkId);
  const pick = (key: 'a' | 'b', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const exportAs = async (format: 'csv' | 'pdf') => {
    setExportError(null);
    try {
      saveFile(await invoke(format === 'csv' ? 'skills:exportComparisonCsv' : 'skills:exportComparisonPdf', { a, b }));
    } catch (e) {
      setExportError(e);
    }
  };
  const before = label(c.a);
  const after = label(c.b);
  return (
    <Page
      title={`${c.a.memberName}: skills compared`}
      actions={
        <>
          <button type="button" onClick={() => void exportAs('csv')}>Export CSV</button>
          <button type="button" onClick={() => void exportAs('pdf')}>Export PDF</button>
        </>
      }
    >
      <p>
        <Link to={`/skills/members/${c.a.memberId}`}>← {c.a.memberName}’s skills</Link>
      </p>
      <ErrorMessage error={exportError} />
      <div className="toolbar">
        {(['a', 'b'] as const).map((key) => (
          <label key={key} className="toolbar-field">
            {key === 'a' ? 'Before' : 'After'}
            <select value={key === 'a' ? a : b} onChange={(e) => pick(key, e.target.value)}>
              {choices.map((x) => (
                <option key={x.id} value={x.id}>{label(x)}</option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <section className="card" aria-labelledby="by-section-heading">
        <h2 id="by-section-heading">By section</h2>
        <div className="compare-layout">
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Section averages">
            <table className="data-table compare-table">
              <caption className="visually-hidden">Average current rating by section, {before} and {after}</caption>
              <thead>
                <tr>
                  <th scope="col">Section</th>
                  <th scope="col">{before}</th>
                  <th scope="col">{after}</th>
                  <th scope="col">Change</th>
                  <th scope="col">Skills up / down / same</th>
                </tr>
              </thead>
              <tbody>
                {c.sections.map((s) => (
                  <tr key={s.sectionId}>
                    <th scope="row">{s.code} {s.name}</th>
                    <td>{num(s.before)}</td>
                    <td>{num(s.after)}</td>
                    <td><Change direction={s.direction} /></td>
                    <td>{s.counts.up} / {s.counts.down} / {s.counts.same}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CompareRadar
            points={c.sections.map((s) => ({ axis: s.code, before: s.before, after: s.after }))}
            max={c.scale.max}
            beforeLabel={before}
            afterLabel={after}
          />
        </div>
      </section>
      {c.sections.map((s) => (
        <section key={s.sectionId} className="card" aria-labelledby={`cmp-${s.sectionId}`}>
          <h2 id={`cmp-${s.sectionId}`}>{s.code} {s.name}</h2>
          <div className="compare-layout">
            <div className="table-wrap" tabIndex={0} role="region" aria-label={`Skills in ${s.name}`}>
              <table className="data-table compare-table">
                <caption className="visually-hidden">Ratings in {s.name}, {before} and {after}</caption>
                <thead>
                  <tr>
                    <th scope="col">Skill</th>
                    <th scope="col">{before}</th>
                    <th scope="col">{after}</th>
                    <th scope="col">Change</th>
                    <th scope="col">Target</th>
                  </tr>
                </thead>
                <tbody>
                  {s.skills.map((k) => (
                    <tr key={k.skillId}>
                      <th scope="row">{k.code} {k.title}</th>
                      <td>{num(k.before)}</td>
                      <td>{num(k.after)}</td>
                      <td><Change direction={k.direction} /></td>
                      <td>{num(k.targetAfter)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <CompareRadar points={s.skills.map((k) => ({ axis: k.code, before: k.before, after: k.after }))} max={c.scale.max} beforeLabel={before} afterLabel={after} size={300} />
          </div>
        </section>
      ))}
    </Page>
  );
}
