import { useId, useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import type { PackPreview } from '../../../../shared/domains/member-pack';
import { CPD_TYPE_LABELS } from '../../../../shared/domains/registration-cpd';
import type { Member } from '../../../../shared/domains/team';
import { invoke } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { readImportFile, saveFile } from '../../download';
import { SelfVsManagerTable } from './self-vs-manager';

type Row = { rowNumber: number; errors: string[]; alreadyImported: boolean };

function Problems({ row }: { row: Row }) {
  if (row.alreadyImported) return <>Already imported</>;
  if (row.errors.length === 0) return <>—</>;
  return (
    <ul className="row-errors">
      {row.errors.map((e) => (
        <li key={e}>
          Row {row.rowNumber}: {e}
        </li>
      ))}
    </ul>
  );
}

/** Picks rows: every row without problems starts ticked. */
const usable = (rows: Row[]) => rows.filter((r) => r.errors.length === 0 && !r.alreadyImported).map((r) => r.rowNumber);

/** "Send a pack" and "Import a returned pack" on a member's page (issue #18). */
export default function MemberPackSection({ member }: { member: Member }) {
  const id = useId();
  const toast = useToast();
  const send = useCommand('memberPack:export');
  const accept = useCommand('memberPack:accept');
  const [file, setFile] = useState<{ fileName: string; content: string } | null>(null);
  const [preview, setPreview] = useState<PackPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [takeAssessment, setTakeAssessment] = useState(true);
  const [agendaRows, setAgendaRows] = useState<number[]>([]);
  const [cpdRows, setCpdRows] = useState<number[]>([]);

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setError(null);
    if (!chosen) return;
    try {
      const read = await readImportFile(chosen);
      if (read.format !== 'xlsx') throw new Error('A returned pack is an Excel workbook (.xlsx).');
      const next = { fileName: read.fileName, content: read.content };
      const p = await invoke('memberPack:preview', { memberId: member.id, ...next });
      setFile(next);
      setPreview(p);
      setTakeAssessment(!p.assessment.alreadyImported && p.assessment.rows.length > 0 && p.assessment.rows.every((r) => r.errors.length === 0));
      setAgendaRows(usable(p.agenda.rows));
      setCpdRows(usable(p.cpd.rows));
    } catch (e) {
      setError(e);
    }
  };
  const toggle = (list: number[], set: (n: number[]) => void, n: number) => set(list.includes(n) ? list.filter((x) => x !== n) : [...list, n]);

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Member pack</h2>
      <p>
        Send {member.name} a workbook to fill in: a self-assessment of their skills, talking points for the next one-to-one and CPD they have
        done. When they send it back, import it here: you see everything before anything is recorded.
      </p>
      <div className="toolbar">
        <button
          type="button"
          disabled={send.isPending}
          onClick={() => send.mutate({ memberId: member.id }, { onSuccess: (f) => saveFile(f) })}
        >
          Send a pack
        </button>
        <div className="toolbar-field">
          <label htmlFor={`${id}-file`}>Import a returned pack (.xlsx)</label>
          <input id={`${id}-file`} type="file" accept=".xlsx" onChange={(e) => void choose(e.target.files?.[0])} />
        </div>
      </div>
      <ErrorMessage error={send.error ?? error ?? accept.error} />
      {preview && file && (
        <form
          aria-label="Returned pack preview"
          onSubmit={(e) => {
            e.preventDefault();
            accept.mutate(
              { memberId: member.id, ...file, assessment: takeAssessment, agendaRows, cpdRows },
              {
                onSuccess: (r) => {
                  toast.show(
                    `Imported: ${r.assessmentId ? 'a self-assessment, ' : ''}${r.agendaAdded} talking point${r.agendaAdded === 1 ? '' : 's'}, ${r.cpdAdded} CPD entr${r.cpdAdded === 1 ? 'y' : 'ies'}.`,
                  );
                  setPreview(null);
                  setFile(null);
                },
              },
            );
          }}
        >
          <p>
            Pack sent to {preview.pack.memberName} on {formatUkDate(preview.pack.sentOn)}
            {preview.pack.framework ? ` (${preview.pack.framework})` : ''}.
          </p>
          {preview.pack.warnings.map((w) => (
            <p key={w} role="status" className="warning">
              {w}
            </p>
          ))}
          <h3>Self-assessment</h3>
          <label>
            <input
              type="checkbox"
              checked={takeAssessment}
              disabled={preview.assessment.alreadyImported || preview.assessment.rows.length === 0}
              onChange={(e) => setTakeAssessment(e.target.checked)}
            />{' '}
            Record {preview.assessment.rows.length} self-rating{preview.assessment.rows.length === 1 ? '' : 's'} as {member.name}’s self-assessment
            {preview.assessment.alreadyImported ? ' (already imported)' : ''}
          </label>
          {preview.assessment.rows.length > 0 && (
            <table className="data-table">
              <caption>Self-ratings in the pack</caption>
              <thead>
                <tr><th scope="col">Skill</th><th scope="col">Current</th><th scope="col">Target</th><th scope="col">Relevant</th><th scope="col">Evidence / comment</th><th scope="col">Problems</th></tr>
              </thead>
              <tbody>
                {preview.assessment.rows.map((r) => (
                  <tr key={r.rowNumber}>
                    <td>{r.code} {r.title}</td>
                    <td>{r.current ?? '—'}</td>
                    <td>{r.target ?? '—'}</td>
                    <td>{r.relevant === null ? '—' : r.relevant ? 'Yes' : 'No'}</td>
                    <td>{r.notes}</td>
                    <td><Problems row={r} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>Talking points{preview.pack.meetingOn ? ` for the one-to-one on ${formatUkDate(preview.pack.meetingOn)}` : ''}</h3>
          {preview.agenda.rows.length === 0 ? <p>No talking points.</p> : (
            <table className="data-table">
              <caption>Talking points raised by {member.name}</caption>
              <thead><tr><th scope="col">Import</th><th scope="col">Talking point</th><th scope="col">Detail</th><th scope="col">Problems</th></tr></thead>
              <tbody>
                {preview.agenda.rows.map((r) => (
                  <tr key={r.rowNumber}>
                    <td>
                      <input type="checkbox" aria-label={`Import talking point “${r.title}”`} checked={agendaRows.includes(r.rowNumber)}
                        disabled={r.errors.length > 0 || r.alreadyImported} onChange={() => toggle(agendaRows, setAgendaRows, r.rowNumber)} />
                    </td>
                    <td>{r.title}</td>
                    <td>{r.detail}</td>
                    <td><Problems row={r} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>CPD entries</h3>
          {preview.cpd.rows.length === 0 ? <p>No CPD entries.</p> : (
            <table className="data-table">
              <caption>CPD entries from {member.name}</caption>
              <thead><tr><th scope="col">Import</th><th scope="col">Date</th><th scope="col">Hours</th><th scope="col">Title</th><th scope="col">Type</th><th scope="col">PKSB areas</th><th scope="col">Problems</th></tr></thead>
              <tbody>
                {preview.cpd.rows.map((r) => (
                  <tr key={r.rowNumber}>
                    <td>
                      <input type="checkbox" aria-label={`Import CPD entry “${r.title}”`} checked={cpdRows.includes(r.rowNumber)}
                        disabled={r.errors.length > 0 || r.alreadyImported} onChange={() => toggle(cpdRows, setCpdRows, r.rowNumber)} />
                    </td>
                    <td>{r.date ? formatUkDate(r.date) : '—'}</td>
                    <td>{r.hours ?? '—'}</td>
                    <td>{r.title}</td>
                    <td>{r.activityType ? CPD_TYPE_LABELS[r.activityType] : '—'}</td>
                    <td>{r.sections.join(', ')}</td>
                    <td><Problems row={r} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="toolbar">
            <button type="submit" disabled={accept.isPending || (!takeAssessment && agendaRows.length === 0 && cpdRows.length === 0)}>
              Import the ticked parts
            </button>
            <button type="button" onClick={() => { setPreview(null); setFile(null); }}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <SelfVsManagerTable member={member} />
    </section>
  );
}
