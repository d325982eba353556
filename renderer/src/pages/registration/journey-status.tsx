import { CLOSED_STAGES, type JourneySummary } from '../../../../shared/domains/registration';
import { durationText } from './format';

/** The drift marker, in words (colour is only a second signal). */
export function JourneyStatus({ journey }: { journey: Pick<JourneySummary, 'drift' | 'stage'> }) {
  const { drift } = journey;
  if (drift.stalled) {
    return (
      <span className="badge badge-stalled">
        Stalled <span className="badge-detail">({durationText(drift.daysSince)} without movement)</span>
      </span>
    );
  }
  if (CLOSED_STAGES.includes(journey.stage)) return <span className="badge badge-neutral">Finished</span>;
  if (!drift.tracked) return <span className="badge badge-neutral">Waiting on CILIP</span>;
  return <span className="badge badge-ok">On track</span>;
}
