import { useState } from 'react';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
  type ImportRow,
  type TeamImportInput,
} from '../../../../shared/domains/team';
import { useCommand } from '../../api/hooks';
import { invoke } from '../../api/client';
import { ImportDialogFrame, useImportCheck, type ImportFile, type PreviewColumn } from '../../components/import-dialog-frame';

const ACTION_LABEL = { add: 'Add', update: 'Update', skip: 'No change' } as const;

const COLUMNS: PreviewColumn<ImportRow>[] = [
  { header: 'Name', cell: (row) => row.name },
  { header: 'Action', cell: (row) => (row.errors.length ? 'Not valid' : ACTION_LABEL[row.action]) },
];

/** Choose a file → check every row (nothing saved) → import all rows or none; the columns can be remapped. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<Omit<TeamImportInput, 'mapping'> | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const checking = useImportCheck<ImportPreview>();
  const { preview } = checking;
  const commit = useCommand('team:importCommit');

  const check = (next: ImportFile, mapping?: ImportMapping) => checking.check(() => invoke('team:importPreview', { ...next, mapping }));

  const onFile = async (read: ImportFile) => {
    setFile(read);
    setResult(null);
    await check(read);
  };

  const remap = (field: (typeof IMPORT_FIELDS)[number], header: string) => {
    if (!file || !preview) return;
    const mapping: ImportMapping = { ...preview.mapping };
    if (header) mapping[field] = header;
    else delete mapping[field];
    void check(file, mapping);
  };

  const ready = preview !== null && preview.counts.invalid === 0 && preview.rows.length > 0;
  const doImport = () =>
    file && preview && commit.mutate({ ...file, mapping: preview.mapping }, { onSuccess: (r) => setResult(r) });

  return (
    <ImportDialogFrame
      title="Import team members"
      onClose={onClose}
      intro={
        <>
          Choose a CSV or Excel (.xlsx) file with a header row and one row per person. Dates may be written dd/mm/yyyy.
          People are matched to existing members by email, then CILIP membership number; matches are updated.
        </>
      }
      accept=".csv,.xlsx,text/csv"
      onFile={onFile}
      check={checking}
      preview={
        preview && {
          rows: preview.rows,
          invalid: preview.counts.invalid,
          summary: (
            <>
              {preview.rows.length} rows: {preview.counts.add} to add, {preview.counts.update} to update, {preview.counts.skip} unchanged
              {preview.blankRows ? `, ${preview.blankRows} blank rows ignored` : ''}.
            </>
          ),
        }
      }
      beforeSummary={
        preview && (
          <fieldset className="mapping">
            <legend>Which column holds each detail?</legend>
            {IMPORT_FIELDS.map((field) => (
              <label key={field}>
                {IMPORT_FIELD_LABELS[field]}
                <select value={preview.mapping[field] ?? ''} onChange={(e) => remap(field, e.target.value)}>
                  <option value="">— not imported —</option>
                  {preview.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        )
      }
      afterSummary={
        preview && (
          <>
            {preview.defaults.length > 0 && (
              <div className="info-banner" aria-labelledby="import-defaults">
                <p id="import-defaults">Not in the file, so new people get a default:</p>
                <ul>
                  {preview.defaults.map((d) => (
                    <li key={d.field}>{d.message}</li>
                  ))}
                </ul>
              </div>
            )}
            {preview.mapping.hours !== undefined && (
              <p className="hint">
                FTE is worked out as contracted hours ÷ {preview.fullTimeWeekHours} (the full-time week in Settings) when a row has no FTE.
              </p>
            )}
          </>
        )
      }
      columns={COLUMNS}
      importLabel={preview ? `Import ${preview.counts.add + preview.counts.update} changes` : 'Import'}
      ready={ready}
      commit={commit}
      onImport={doImport}
      done={result && <>Import finished: {result.added} added, {result.updated} updated, {result.skipped} skipped (already up to date).</>}
    />
  );
}
