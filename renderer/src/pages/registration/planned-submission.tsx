import { plannedSubmissionOverdueDays, type Stage } from '../../../../shared/domains/registration';
import { useToday } from '../../api/use-today';
import { durationText, ukOrDash } from './format';

/** The planned submission date, and "Passed N weeks ago, not submitted" once it went by before a submission. */
export function PlannedSubmission({ plannedOn, stage }: { plannedOn: string | null; stage: Stage }) {
  const today = useToday();
  const overdue = plannedSubmissionOverdueDays(plannedOn, stage, today);
  return (
    <>
      {ukOrDash(plannedOn)}
      {overdue !== null && (
        <>
          {' '}
          <span className="badge badge-stalled">Passed {durationText(overdue)} ago, not submitted</span>
        </>
      )}
    </>
  );
}
