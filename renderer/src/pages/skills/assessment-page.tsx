import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatUkDate } from '../../../../shared/dates';
import { ASSESSMENT_KINDS, ASSESSMENT_KIND_LABELS, assessmentName, type AssessmentKind } from '../../../../shared/domains/skills';
import { invoke } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { saveFile } from '../../download';
import { RatingGrid } from './rating-grid';
import { DateInput } from '../../components/date-input';

/** One assessment: its details, sharing, exports and the rating grid. */
export default function AssessmentPage() {
  const id = Number(useParams().id);
  const detail = useChannel('skills:getAssessment', { id }, { enabled: id > 0 });
  const update = useCommand('skills:updateAssessment');
  const remove = useCommand('skills:deleteAssessment');
  const navigate = useNavigate();
  const toast = useToast();
  const [exportError, setExportError] = useState<unknown>(null);
  const [asking, setAsking] = useState<'delete' | 'share' | null>(null);
  if (detail.isPending) return <Loading label="Loading the assessment…" />;
  if (!detail.data) {
    return (
      <Page title="Assessment not found">
        <ErrorMessage error={detail.error} />
        <Link to="/skills">Back to skills</Link>
      </Page>
    );
  }
  const { assessment: a, sections } = detail.data;
  const title = `${a.memberName}: ${assessmentName(a.kind)}, ${formatUkDate(a.assessedOn)}`;
  const change = (patch: Partial<{ kind: AssessmentKind; assessedOn: string; shared: boolean }>) =>
    update.mutate({ id: a.id, kind: a.kind, assessedOn: a.assessedOn, shared: a.shared, ...patch });
  const exportAs = async (format: 'csv' | 'pdf') => {
    setExportError(null);
    try {
      saveFile(await invoke(format === 'csv' ? 'skills:exportAssessmentCsv' : 'skills:exportAssessmentPdf', { id: a.id }));
    } catch (e) {
      setExportError(e);
    }
  };
  const onDelete = () => setAsking('delete');
  const deleteNow = () =>
    remove.mutate(
      { id: a.id },
      { onSuccess: () => { toast.show('Assessment deleted.'); navigate(`/skills/members/${a.memberId}`); }, onSettled: () => setAsking(null) },
    );

  return (
    <Page
      title={title}
      actions={
        sections && (
          <>
            <button type="button" onClick={() => void exportAs('csv')}>Export CSV</button>
            <button type="button" onClick={() => void exportAs('pdf')}>Export PDF</button>
          </>
        )
      }
    >
      <p>
        <Link to={`/skills/members/${a.memberId}`}>← {a.memberName}’s skills</Link>
      </p>
      <ErrorMessage error={update.error ?? remove.error ?? exportError} />
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About this assessment</h2>
        <div className="toolbar">
          <label className="toolbar-field">
            Kind
            <select value={a.kind} onChange={(e) => change({ kind: e.target.value as AssessmentKind })}>
              {ASSESSMENT_KINDS.map((k) => (
                <option key={k} value={k}>{ASSESSMENT_KIND_LABELS[k]}</option>
              ))}
            </select>
          </label>
          <label className="toolbar-field">
            Date
            <DateInput value={a.assessedOn} onChange={(e) => e.target.value && change({ assessedOn: e.target.value })} />
          </label>
          <span>Framework: {a.frameworkName} ({a.frameworkVersion})</span>
          <button type="button" onClick={onDelete}>Delete assessment</button>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={a.shared}
            onChange={(e) => (e.target.checked ? setAsking('share') : change({ shared: false }))}
          />
          Shared with me (the manager)
        </label>
      </section>
      {sections ? (
        <RatingGrid detail={detail.data} sections={sections} />
      ) : (
        <p className="info-banner">
          {a.memberName} has not shared this assessment with you. You can see that it exists and its date ({formatUkDate(a.assessedOn)}), but
          not its ratings.
        </p>
      )}
      {asking === 'delete' && (
        <ConfirmDialog
          title="Delete this assessment?"
          description="The assessment and all its ratings go, and this cannot be undone."
          confirmLabel="Delete assessment"
          tone="danger"
          busy={remove.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={deleteNow}
        />
      )}
      {asking === 'share' && (
        <ConfirmDialog
          title="Mark as shared with you?"
          description={`Only mark this as shared if ${a.memberName} has agreed to share it with you.`}
          confirmLabel={`${a.memberName} agreed`}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            change({ shared: true });
          }}
        />
      )}
    </Page>
  );
}
