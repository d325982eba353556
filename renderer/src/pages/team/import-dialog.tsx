import { useState } from 'react';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
  type TeamImportInput,
} from '../../../../shared/domains/team';
import { useCommand } from '../../api/hooks';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/dialog';
import { RowErrors } from '../../components/row-errors';
import { ErrorMessage } from '../../components/page';
import { readImportFile } from '../../download';

const ACTION_LABEL = { add: 'Add', update: 'Update', skip: 'No change' } as const;

/** Choose a file → check every row (nothing saved) → import all rows or none. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<Omit<TeamImportInput, 'mapping'> | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const commit = useCommand('team:importCommit');

  const check = async (next: Omit<TeamImportInput, 'mapping'>, mapping?: ImportMapping) => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await invoke('team:importPreview', { ...next, mapping }));
    } catch (e) {
      setPreview(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    const read = await readImportFile(chosen);
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
    <Dialog title="Import team members" onClose={onClose} wide>
      {result ? (
        <>
          <p role="status" className="success-banner">
            Import finished: {result.added} added, {result.updated} updated, {result.skipped} skipped (already up to date).
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Choose a CSV or Excel (.xlsx) file with a header row and one row per person. Dates may be written dd/mm/yyyy.
            People are matched to existing members by email, then CILIP membership number; matches are updated.
          </p>
          <label className="file-input">
            File to import
            <input type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} />
          </label>
          {busy && <p role="status">Checking the file…</p>}
          <ErrorMessage error={error ?? commit.error} />
          {preview && (
            <>
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
              <p role="status" className={preview.counts.invalid ? 'error-banner' : 'info-banner'}>
                {preview.rows.length} rows: {preview.counts.add} to add, {preview.counts.update} to update,{' '}
                {preview.counts.skip} unchanged
                {preview.blankRows ? `, ${preview.blankRows} blank rows ignored` : ''}.
                {preview.counts.invalid > 0 &&
                  ` ${preview.counts.invalid} ${preview.counts.invalid === 1 ? 'row has' : 'rows have'} errors: nothing will be imported until the file is fixed.`}
              </p>
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
              <div className="table-wrap preview">
                <table className="data-table">
                  <caption className="visually-hidden">Rows in the file</caption>
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      <th scope="col">Name</th>
                      <th scope="col">Action</th>
                      <th scope="col">Problems</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.map((row) => (
                      <tr key={row.rowNumber} className={row.errors.length ? 'row-error' : undefined}>
                        <td>{row.rowNumber}</td>
                        <td>{row.name}</td>
                        <td>{row.errors.length ? 'Not valid' : ACTION_LABEL[row.action]}</td>
                        <td>
                          <RowErrors rowNumber={row.rowNumber} errors={row.errors} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" disabled={!ready || commit.isPending} onClick={doImport}>
              {preview && ready ? `Import ${preview.counts.add + preview.counts.update} changes` : 'Import'}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
