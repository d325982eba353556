import { useState, type ReactNode } from 'react';
import type { RowError } from '../../../shared/domains/common';
import { readImportFile } from '../download';
import { Dialog } from './dialog';
import { DialogActions } from './dialog-actions';
import { ErrorMessage } from './page';
import { RowErrors } from './row-errors';

export type ImportFile = Awaited<ReturnType<typeof readImportFile>>;

/** The file's check (nothing saved): the preview, or the error that stopped it, and whether it is running. */
export function useImportCheck<P>() {
  const [preview, setPreview] = useState<P | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const check = async (load: () => Promise<P>) => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await load());
    } catch (e) {
      setPreview(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { preview, error, busy, check };
}

export interface PreviewColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
}

interface Props<R extends { rowNumber: number; errors: RowError[] }> {
  title: string;
  onClose: () => void;
  /** What the file should hold. */
  intro: ReactNode;
  /** Settings asked before the file (a framework's name and version). */
  settings?: ReactNode;
  accept: string;
  onFile: (file: ImportFile) => void | Promise<void>;
  check: { busy: boolean; error: unknown };
  /** The checked file: its rows, how many are invalid and the sentence that counts them. */
  preview: { rows: R[]; invalid: number; summary: ReactNode } | null;
  /** Shown above the count (which column holds each detail) and below it (defaults used). */
  beforeSummary?: ReactNode;
  afterSummary?: ReactNode;
  /** The columns of the rows table, between "Row" and "Problems". */
  columns: PreviewColumn<R>[];
  /** The import button's words once every row is valid, e.g. "Import 12 skills". */
  importLabel: string;
  ready: boolean;
  commit: { isPending: boolean; error: unknown };
  onImport: () => void;
  /** After the import: what it did (replaces the steps, with a Done button). */
  done?: ReactNode;
}

/** The one import dialog: choose a file → every row checked, each problem naming its row → import all rows or none. */
export function ImportDialogFrame<R extends { rowNumber: number; errors: RowError[] }>(props: Props<R>) {
  const { title, onClose, preview, check, commit, ready } = props;
  return (
    <Dialog title={title} onClose={onClose} wide>
      {props.done ? (
        <>
          <p role="status" className="success-banner">
            {props.done}
          </p>
          <DialogActions label="Done" onConfirm={onClose} />
        </>
      ) : (
        <>
          <p>{props.intro}</p>
          {props.settings}
          <label className="file-input">
            File to import
            <input
              type="file"
              accept={props.accept}
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                if (chosen) void readImportFile(chosen).then(props.onFile);
              }}
            />
          </label>
          {check.busy && <p role="status">Checking the file…</p>}
          <ErrorMessage error={check.error ?? commit.error} />
          {preview && (
            <>
              {props.beforeSummary}
              <p role="status" className={preview.invalid ? 'error-banner' : 'info-banner'}>
                {preview.summary}
                {preview.invalid > 0 &&
                  ` ${preview.invalid} ${preview.invalid === 1 ? 'row has' : 'rows have'} errors: nothing will be imported until the file is fixed.`}
              </p>
              {props.afterSummary}
              <div className="table-wrap preview" tabIndex={0} role="region" aria-label="Rows in the file">
                <table className="data-table">
                  <caption className="visually-hidden">Rows in the file</caption>
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      {props.columns.map((c) => (
                        <th key={c.header} scope="col">
                          {c.header}
                        </th>
                      ))}
                      <th scope="col">Problems</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.map((row) => (
                      <tr key={row.rowNumber} className={row.errors.length ? 'row-error' : undefined}>
                        <td>{row.rowNumber}</td>
                        {props.columns.map((c) => (
                          <td key={c.header}>{c.cell(row)}</td>
                        ))}
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
          <DialogActions onCancel={onClose} label={ready ? props.importLabel : 'Import'} disabled={!ready} busy={commit.isPending} onConfirm={props.onImport} />
        </>
      )}
    </Dialog>
  );
}
