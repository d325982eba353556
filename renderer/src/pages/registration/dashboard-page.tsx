import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { LEVEL_LABELS } from '../../../../shared/domains/registration';
import { nextAnniversary, REVALIDATION_HOURS_REQUIRED } from '../../../../shared/domains/registration-rules';
import { useToday } from '../../api/use-today';
import { useChannel } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { hoursText, ukOrDash } from './format';
import { JourneysTable } from './journeys-table';
import { NewJourneyDialog } from './new-journey-dialog';
import { StageChart } from './stage-chart';

/** Who is working towards which level, who has stalled, and who is due to revalidate. */
export default function RegistrationDashboard() {
  const dash = useChannel('registration:dashboard', {});
  const today = useToday();
  const [starting, setStarting] = useState(false);
  const navigate = useNavigate();

  if (dash.isPending) return <Loading label="Loading registration…" />;
  if (dash.error) return <ErrorMessage error={dash.error} />;
  const { journeys, registered, counts, driftWeeks } = dash.data;
  const stalled = journeys.filter((j) => j.drift.stalled).length;

  return (
    <Page
      title="Registration"
      actions={
        <button type="button" className="primary" onClick={() => setStarting(true)}>
          Start a journey
        </button>
      }
    >
      <section className="card" aria-labelledby="reg-candidates">
        <h2 id="reg-candidates">Candidates</h2>
        {journeys.length === 0 ? (
          <EmptyState title="No one is working towards registration">
            <p>Start a journey when a team member enrols for Certification, Chartership or Fellowship, or begins a revalidation cycle.</p>
          </EmptyState>
        ) : (
          <>
            <p className={stalled > 0 ? 'info-banner' : 'muted'}>
              {stalled > 0
                ? `${stalled} ${stalled === 1 ? 'journey has' : 'journeys have'} stalled: no stage change or logged activity for ${driftWeeks} weeks or more. They are listed first and suggested for the next one-to-one.`
                : `No journey has stalled (no movement for ${driftWeeks} weeks).`}
            </p>
            <StageChart counts={counts} />
            <JourneysTable journeys={journeys} />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="reg-registered">
        <h2 id="reg-registered">Registered members and revalidation</h2>
        {registered.length === 0 ? (
          <EmptyState title="No registered members recorded">
            <p>Record a member as registered from their CPD page, or award a journey, to see revalidation anniversaries here.</p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Registered members, with revalidation anniversaries</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Level</th>
                  <th scope="col">Registered</th>
                  <th scope="col">Last revalidated</th>
                  <th scope="col">Next anniversary</th>
                  <th scope="col">CPD in last 12 months</th>
                </tr>
              </thead>
              <tbody>
                {[...registered]
                  // Overdue first (the longest overdue first), then the soonest anniversary.
                  .sort((a, b) => (a.missedAnniversary ?? '9999').localeCompare(b.missedAnniversary ?? '9999') || a.daysToAnniversary - b.daysToAnniversary)
                  .map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link to={`/registration/members/${r.memberId}/cpd`}>{r.memberName}</Link>
                      </td>
                      <td>{LEVEL_LABELS[r.level]}</td>
                      <td>{ukOrDash(r.registeredOn)}</td>
                      <td>
                        {ukOrDash(r.lastRevalidatedOn)}
                        {r.missedAnniversary && <> <span className="badge badge-stalled">Overdue since {ukOrDash(r.missedAnniversary)}</span></>}
                      </td>
                      <td>
                        {ukOrDash(r.nextAnniversary)}{' '}
                        <span className={r.daysToAnniversary <= 30 ? 'badge badge-stalled' : 'muted'}>
                          in {r.daysToAnniversary} {r.daysToAnniversary === 1 ? 'day' : 'days'}
                        </span>
                        {/* The server moves the date on once a revalidation covers the coming anniversary. */}
                        {r.nextAnniversary !== nextAnniversary(r.registeredOn, today) && <span className="badge badge-ok">revalidated</span>}
                      </td>
                      <td>
                        {hoursText(r.cpdHours12m)} of {REVALIDATION_HOURS_REQUIRED} h
                        {r.cpdHours12m >= REVALIDATION_HOURS_REQUIRED ? ' (met)' : ''}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {starting && (
        <NewJourneyDialog onClose={() => setStarting(false)} onCreated={(id) => navigate(`/registration/journeys/${id}`)} />
      )}
    </Page>
  );
}
