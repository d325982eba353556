import './agreements.css';
import { formatUkDate } from '../../../../shared/dates';
import type { OtjRuleSet } from '../../../../shared/domains/agreements-otj';
import { useChannel } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { TemplateEditor } from './template-editor';

const describeRule = (r: OtjRuleSet) =>
  r.kind === 'weekly_less_leave'
    ? `${r.weeklyHours} hours a week on average over the planned duration to gateway, less statutory annual leave (${r.leaveWeeksPerYear} weeks a year, pro rata); pro rata below ${r.fullTimeHours} hours a week.`
    : `The minimum set for each apprenticeship standard (entered on the agreement), never below ${r.floorHours} hours; at least ${r.minDurationMonths} months of training. Spreading the hours evenly is pacing advice, not the rule.`;

/** The off-the-job rules the app applies (data with effective dates) and the agreement templates, on the Settings page. */
export default function AgreementsSettings() {
  const settings = useChannel('agreements:settings', {});
  return (
    <section className="card" aria-labelledby="agreements-settings-heading">
      <h2 id="agreements-settings-heading">Trainee agreements</h2>
      <ErrorMessage error={settings.error} />
      <h3>Off-the-job training rules (England)</h3>
      <p className="hint">
        The rule follows each apprenticeship&apos;s start date. New agreements take their hours per week from the person&apos;s FTE ×
        the full-time week ({settings.data?.fullTimeHours ?? '…'} hours, under Team settings).
      </p>
      {settings.data && (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Off-the-job training rules and the start dates they apply to</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Starts from</th>
                <th scope="col">Starts up to</th>
                <th scope="col">What it asks</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {settings.data.otjRules.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>{formatUkDate(r.startsFrom)}</td>
                  <td>{r.startsUntil ? formatUkDate(r.startsUntil) : 'Until changed'}</td>
                  <td>{describeRule(r)}</td>
                  <td>{r.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <TemplateEditor />
    </section>
  );
}
