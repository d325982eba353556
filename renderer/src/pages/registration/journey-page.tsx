import { useState } from 'react';
import { FactList } from '../../components/fact-list';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { JOURNEY_KIND_LABELS, LEVEL_LABELS, ROUTE_LABELS, STAGE_LABELS } from '../../../../shared/domains/registration';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { EditJourneyDialog } from './edit-journey-dialog';
import { EvidenceSection } from './evidence-section';
import { durationText, ukOrDash } from './format';
import { JourneyStatus } from './journey-status';
import { PlannedSubmission } from './planned-submission';
import { PortfolioChecklist } from './portfolio-checklist';
import { StageChangeForm } from './stage-change-form';
import { StatementEditor } from './statement-editor';

/** One candidate's journey: where they are, how long for, who supports them, and their portfolio. */
export default function JourneyPage() {
  const id = Number(useParams().id);
  const journey = useChannel('registration:journey', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const remove = useCommand('registration:deleteJourney');
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();

  if (journey.isPending) return <Loading label="Loading journey…" />;
  if (journey.error || !journey.data) {
    return (
      <Page title="Journey not found">
        <ErrorMessage error={journey.error ?? 'No such journey.'} />
        <Link to="/registration">Back to registration</Link>
      </Page>
    );
  }
  const j = journey.data;
  const facts: [string, React.ReactNode][] = [
    ['Member', <Link key="m" to={`/team/${j.memberId}`}>{j.memberName}</Link>],
    ['Journey', JOURNEY_KIND_LABELS[j.kind]],
    ...(j.level === 'chartership' ? [['Route', ROUTE_LABELS[j.route]] as [string, React.ReactNode]] : []),
    ['Current stage', STAGE_LABELS[j.stage]],
    ['In this stage since', `${ukOrDash(j.stageChangedOn)} (${durationText(j.daysInStage)})`],
    ['Drift', <JourneyStatus key="s" journey={j} />],
    ['Planned submission', <PlannedSubmission key="p" plannedOn={j.plannedSubmissionOn} stage={j.stage} />],
    ['Mentor', j.mentorName ? `${j.mentorName}${j.mentorContact ? ` (${j.mentorContact})` : ''}` : '—'],
    ["On CILIP's mentor register", j.mentorOnRegister === null ? 'Not recorded' : j.mentorOnRegister ? 'Yes' : 'No'],
    ['Candidate support officer', j.supportOfficer || '—'],
    ['Regional network', j.regionalNetwork || '—'],
    ['Line manager', j.lineManagerName ?? 'You'],
  ];

  return (
    <Page
      title={`${j.memberName}: ${LEVEL_LABELS[j.level]}`}
      actions={
        <>
          <button type="button" onClick={() => setEditing(true)}>
            Edit details
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            Delete journey
          </button>
        </>
      }
    >
      <p>
        <Link to="/registration">Registration dashboard</Link> · <Link to={`/registration/members/${j.memberId}/cpd`}>CPD log and revalidation</Link> ·{' '}
        <Link to={`/skills/members/${j.memberId}`}>Initial PKSB and reassessment</Link>
      </p>
      {j.warnings.length > 0 && (
        <div className="info-banner" role="note" aria-label="Warnings">
          <ul>
            {j.warnings.map((w) => (
              <li key={w}>Warning: {w}</li>
            ))}
          </ul>
        </div>
      )}
      {j.drift.stalled && (
        <p className="info-banner">
          Stalled: no stage change or logged activity for {durationText(j.drift.daysSince)} (the threshold is {j.driftWeeks} weeks). It is
          suggested for the next one-to-one.
        </p>
      )}
      <section className="card" aria-labelledby="reg-facts">
        <h2 id="reg-facts">Journey</h2>
        <FactList facts={facts} />
        {j.notes && <p className="notes">{j.notes}</p>}
      </section>
      <section className="card" aria-labelledby="reg-stage">
        <h2 id="reg-stage">Change stage</h2>
        <StageChangeForm journey={j} />
        <h3>Stage history</h3>
        <ol className="registration-history">
          {j.history.map((h) => (
            <li key={h.id}>
              {ukOrDash(h.enteredOn)}: {STAGE_LABELS[h.stage]}
              {h.reason && <span className="muted"> — {h.reason}</span>}
            </li>
          ))}
        </ol>
      </section>
      {j.kind === 'registration' && (
        <>
          <PortfolioChecklist journey={j} />
          <EvidenceSection journey={j} />
          <StatementEditor journey={j} />
        </>
      )}
      {editing && <EditJourneyDialog journey={j} onClose={() => setEditing(false)} />}
      {confirming && (
        <Dialog title="Delete this journey?" onClose={() => setConfirming(false)} description="Its stage history, evidence list and statement draft are deleted too. CPD entries stay.">
          <ErrorMessage error={remove.error} />
          <DialogActions
            onCancel={() => setConfirming(false)}
            cancelLabel="Keep it"
            focusCancel
            label="Delete journey"
            tone="danger"
            onConfirm={() =>
              void remove.mutateAsync({ id: j.id }).then(() => {
                toast.show(`Deleted ${j.memberName}'s ${LEVEL_LABELS[j.level]} journey.`);
                navigate('/registration');
              })
            }
          />
        </Dialog>
      )}
    </Page>
  );
}
