import { useId, useState } from 'react';
import { MIN_GROUP_SIZE } from '../../../../shared/domains/network';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';

/** Optional anonymised skills coverage: counts per level for sections with enough people, never who. */
export function CoveragePanel({ share, minGroupSize }: { share: boolean; minGroupSize: number }) {
  const id = useId();
  const [min, setMin] = useState(minGroupSize);
  const valid = Number.isInteger(min) && min >= MIN_GROUP_SIZE && min <= 100;
  const preview = useChannel('network:previewCoverage', { minGroupSize: valid ? min : MIN_GROUP_SIZE });
  const save = useCommand('network:setCoverage');
  return (
    <div aria-labelledby={`${id}-h`} role="group">
      <h3 id={`${id}-h`}>Skills coverage (anonymised)</h3>
      <p>
        {share ? 'Shared with the region.' : 'Not shared.'} For each PKSB section, how many people are at each level, from the latest shared
        assessments. Names and individual ratings are never sent, and a section with fewer than the minimum number of people rated is held back.
      </p>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor={`${id}-min`}>Minimum group size</label>
          <input id={`${id}-min`} type="number" min={MIN_GROUP_SIZE} max={100} value={min} onChange={(e) => setMin(Number(e.target.value))} />
        </div>
        <button type="button" disabled={!valid} onClick={() => save.mutate({ share: true, minGroupSize: min })}>
          {share ? 'Update shared coverage' : 'Share coverage'}
        </button>
        {share && (
          <button type="button" onClick={() => save.mutate({ share: false, minGroupSize: min })}>
            Stop sharing coverage
          </button>
        )}
      </div>
      {preview.data && (
        <p>
          Would share {preview.data.published.length} section{preview.data.published.length === 1 ? '' : 's'}
          {preview.data.withheld.length > 0 && `; held back (too few people): ${preview.data.withheld.join(', ')}`}.
        </p>
      )}
      <ErrorMessage error={preview.error ?? save.error} />
    </div>
  );
}
