import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { invoke } from '../../api/client';
import { useChannel } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { saveFile } from '../../download';
import { CoverageSection } from './coverage-section';
import { HeatmapTable } from './heatmap-table';

/** The team view: heatmap of members × sections, coverage rules and single points of failure. */
export default function SkillsHomePage() {
  const [params, setParams] = useSearchParams();
  const frameworks = useChannel('skills:listFrameworks', {});
  const chosen = Number(params.get('framework')) || null;
  const team = params.get('team') ?? '';
  // Keep the previous heatmap on screen while a new filter loads, so the page does not flash.
  const heatmap = useChannel('skills:heatmap', { frameworkId: chosen, team }, { placeholderData: (previous) => previous });
  const [exportError, setExportError] = useState<unknown>(null);
  const frameworkId = heatmap.data?.framework?.id ?? null;

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const exportCsv = async () => {
    setExportError(null);
    try {
      saveFile(await invoke('skills:exportHeatmapCsv', { frameworkId, team }));
    } catch (e) {
      setExportError(e);
    }
  };

  return (
    <Page
      title="Skills"
      actions={
        <>
          <Link className="button" to="/skills/frameworks">
            Frameworks and scale
          </Link>
          <button type="button" onClick={() => void exportCsv()} disabled={!heatmap.data?.rows.length}>
            Export heatmap CSV
          </button>
        </>
      }
    >
      <ErrorMessage error={frameworks.error ?? heatmap.error ?? exportError} />
      {frameworks.isPending || heatmap.isPending ? (
        <Loading label="Loading skills…" />
      ) : !frameworks.data?.length ? (
        <EmptyState title="No skills framework yet">
          <p>Import your licensed copy of the PKSB (CSV or JSON), or start a framework from the PKSB section names and type skills in.</p>
          <Link className="button primary" to="/skills/frameworks">
            Set up a framework
          </Link>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar">
            <label className="toolbar-field">
              Framework
              <select value={frameworkId ?? ''} onChange={(e) => setParam('framework', e.target.value)}>
                {frameworks.data.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name} ({f.version})
                  </option>
                ))}
              </select>
            </label>
            <label className="toolbar-field">
              Team / service point
              <select value={team} onChange={(e) => setParam('team', e.target.value)}>
                <option value="">All service points</option>
                {heatmap.data?.teams.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {heatmap.data && <HeatmapTable heatmap={heatmap.data} />}
          {frameworkId !== null && <CoverageSection frameworkId={frameworkId} />}
        </>
      )}
    </Page>
  );
}
