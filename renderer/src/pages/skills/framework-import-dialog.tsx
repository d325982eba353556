import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { CURRENT_PKSB_EDITION, PKSB_EDITION_LABELS, type PksbEdition } from '../../../../shared/domains/pksb';
import type { FrameworkImportPreview, FrameworkImportRow } from '../../../../shared/domains/skills';
import { invoke } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { ImportDialogFrame, useImportCheck, type ImportFile, type PreviewColumn } from '../../components/import-dialog-frame';
import { EditionField, FrameworkNameFields } from './framework-fields';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const COLUMNS: PreviewColumn<FrameworkImportRow>[] = [
  {
    header: 'Section',
    cell: (row) => (
      <>
        {row.sectionCode} {row.sectionName}
        {row.sectionName && <span className="badge">{row.sectionEdition ? PKSB_EDITION_LABELS[row.sectionEdition] : 'Local section'}</span>}
      </>
    ),
  },
  { header: 'Code', cell: (row) => row.code },
  { header: 'Title', cell: (row) => row.title },
];

/** Choose a file → check every row (nothing saved) → import the whole framework or nothing. */
export function FrameworkImportDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<ImportFile | null>(null);
  const [name, setName] = useState('PKSB');
  const [version, setVersion] = useState('');
  const [edition, setEdition] = useState<PksbEdition | null>(CURRENT_PKSB_EDITION);
  const checking = useImportCheck<FrameworkImportPreview>();
  const { preview } = checking;
  const commit = useCommand('skills:importCommit');
  const navigate = useNavigate();

  const check = (next: ImportFile, e = edition) =>
    checking.check(() => invoke('skills:importPreview', { ...next, name: name || 'Framework', version: version || 'draft', edition: e }));
  const onFile = async (read: ImportFile) => {
    setFile(read);
    if (!version) setVersion(read.fileName.replace(/\.[^.]+$/, ''));
    await check(read);
  };
  const ready = file !== null && preview !== null && preview.invalid === 0 && name.trim() !== '' && version.trim() !== '';
  const doImport = () =>
    file &&
    commit.mutate({ ...file, name: name.trim(), version: version.trim(), edition }, { onSuccess: (f) => navigate(`/skills/frameworks/${f.id}`) });

  return (
    <ImportDialogFrame
      title="Import a skills framework"
      onClose={onClose}
      intro={
        <>
          Choose a CSV, Excel or JSON file with one row per skill and the columns <strong>section</strong> (a PKSB section code such as 5,
          or your own), <strong>code</strong>, <strong>title</strong>, and optionally <strong>section name</strong> and{' '}
          <strong>description</strong>. Say which PKSB edition the file follows: its sections are matched by code or name to that
          edition&apos;s sections and labelled with it; any other section is your own and needs a section name.
        </>
      }
      settings={
        <div className="form-grid">
          <FrameworkNameFields
            nameLabel="Framework name"
            name={{ value: name, onChange: (e) => setName(e.target.value), 'aria-invalid': name.trim() === '' }}
            version={{ value: version, onChange: (e) => setVersion(e.target.value), 'aria-invalid': file !== null && version.trim() === '' }}
          />
          <EditionField
            label="PKSB edition of the file"
            edition={{
              value: edition ?? '',
              onChange: (e) => {
                const next = e.target.value === '' ? null : (e.target.value as PksbEdition);
                setEdition(next);
                if (file) void check(file, next);
              },
            }}
          />
        </div>
      }
      accept=".csv,.xlsx,.json,text/csv,application/json"
      onFile={onFile}
      check={checking}
      preview={
        preview && {
          rows: preview.rows,
          invalid: preview.invalid,
          summary: `${plural(preview.rows.length, 'row')}: ${plural(preview.skillCount, 'skill')} in ${plural(preview.sectionCount, 'section')}.`,
        }
      }
      columns={COLUMNS}
      importLabel={preview ? `Import ${plural(preview.skillCount, 'skill')}` : 'Import'}
      ready={ready}
      commit={commit}
      onImport={doImport}
    />
  );
}
