import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { CURRENT_PKSB_EDITION, PKSB_EDITIONS, PKSB_EDITION_LABELS, type PksbEdition } from '../../../../shared/domains/pksb';
import type { FrameworkImportPreview } from '../../../../shared/domains/skills';
import { invoke } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { RowErrors } from '../../components/row-errors';
import { ErrorMessage } from '../../components/page';
import { readImportFile } from '../../download';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type FileInput = Awaited<ReturnType<typeof readImportFile>>;

/** Choose a file → check every row (nothing saved) → import the whole framework or nothing. */
export function FrameworkImportDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<FileInput | null>(null);
  const [name, setName] = useState('PKSB');
  const [version, setVersion] = useState('');
  const [edition, setEdition] = useState<PksbEdition | null>(CURRENT_PKSB_EDITION);
  const [preview, setPreview] = useState<FrameworkImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const commit = useCommand('skills:importCommit');
  const navigate = useNavigate();

  const check = async (next: FileInput, e = edition) => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await invoke('skills:importPreview', { ...next, name: name || 'Framework', version: version || 'draft', edition: e }));
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
    if (!version) setVersion(read.fileName.replace(/\.[^.]+$/, ''));
    await check(read);
  };
  const ready = file !== null && preview !== null && preview.invalid === 0 && name.trim() !== '' && version.trim() !== '';
  const doImport = () =>
    file &&
    commit.mutate({ ...file, name: name.trim(), version: version.trim(), edition }, { onSuccess: (f) => navigate(`/skills/frameworks/${f.id}`) });

  return (
    <Dialog title="Import a skills framework" onClose={onClose} wide>
      <p>
        Choose a CSV, Excel or JSON file with one row per skill and the columns <strong>section</strong> (a PKSB section code such as 5,
        or your own), <strong>code</strong>, <strong>title</strong>, and optionally <strong>section name</strong> and{' '}
        <strong>description</strong>. Say which PKSB edition the file follows: its sections are matched by code or name to that
        edition&apos;s sections and labelled with it; any other section is your own and needs a section name.
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="skills-import-name">Framework name</label>
          <input id="skills-import-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={name.trim() === ''} />
        </div>
        <div className="field">
          <label htmlFor="skills-import-version">Version</label>
          <input id="skills-import-version" value={version} onChange={(e) => setVersion(e.target.value)} aria-invalid={file !== null && version.trim() === ''} />
        </div>
        <div className="field">
          <label htmlFor="skills-import-edition">PKSB edition of the file</label>
          <select
            id="skills-import-edition"
            value={edition ?? ''}
            onChange={(e) => {
              const next = e.target.value === '' ? null : (e.target.value as PksbEdition);
              setEdition(next);
              if (file) void check(file, next);
            }}
          >
            {PKSB_EDITIONS.map((x) => (
              <option key={x} value={x}>
                {PKSB_EDITION_LABELS[x]}
              </option>
            ))}
            <option value="">Not the PKSB (our own framework)</option>
          </select>
        </div>
      </div>
      <label className="file-input">
        File to import
        <input type="file" accept=".csv,.xlsx,.json,text/csv,application/json" onChange={(e) => void onFile(e.target.files?.[0])} />
      </label>
      {busy && <p role="status">Checking the file…</p>}
      <ErrorMessage error={error ?? commit.error} />
      {preview && (
        <>
          <p role="status" className={preview.invalid ? 'error-banner' : 'info-banner'}>
            {plural(preview.rows.length, 'row')}: {plural(preview.skillCount, 'skill')} in {plural(preview.sectionCount, 'section')}.
            {preview.invalid > 0 &&
              ` ${preview.invalid} ${preview.invalid === 1 ? 'row has' : 'rows have'} errors: nothing will be imported until the file is fixed.`}
          </p>
          <div className="table-wrap preview" tabIndex={0} role="region" aria-label="Rows in the file">
            <table className="data-table">
              <caption className="visually-hidden">Rows in the file</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Section</th>
                  <th scope="col">Code</th>
                  <th scope="col">Title</th>
                  <th scope="col">Problems</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.rowNumber} className={row.errors.length ? 'row-error' : undefined}>
                    <td>{row.rowNumber}</td>
                    <td>
                      {row.sectionCode} {row.sectionName}
                      {row.sectionName && (
                        <span className="badge">{row.sectionEdition ? PKSB_EDITION_LABELS[row.sectionEdition] : 'Local section'}</span>
                      )}
                    </td>
                    <td>{row.code}</td>
                    <td>{row.title}</td>
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
          {ready && preview ? `Import ${plural(preview.skillCount, 'skill')}` : 'Import'}
        </button>
      </div>
    </Dialog>
  );
}
