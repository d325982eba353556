import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PHASE_LABELS, SCHEME_LABELS } from '../../../../shared/domains/agreements';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { DashboardPanel } from './dashboard-panel';
import { STATUS_LABELS } from './labels';
import { NewAgreementDialog } from './new-agreement-dialog';

/** All agreements: the trainees panel, the list, and "New agreement". */
export default function AgreementsPage() {
  const list = useChannel('agreements:list', {});
  const status = useChannel('system:status', {});
  const [creating, setCreating] = useState(false);
  const today = status.data?.today ?? '';
  return (
    <Page
      title="Agreements"
      actions={
        <button type="button" className="primary" onClick={() => setCreating(true)} disabled={!today}>
          New agreement
        </button>
      }
    >
      <ErrorMessage error={list.error} />
      {list.isPending ? (
        <Loading label="Loading agreements…" />
      ) : list.data?.length === 0 ? (
        <EmptyState title="No agreements yet">
          <p>
            Draft an expectations agreement at the start of each apprenticeship, graduate traineeship or placement. It starts from a template you
            can change in Settings.
          </p>
          <button type="button" className="primary" onClick={() => setCreating(true)} disabled={!today}>
            Draft the first agreement
          </button>
        </EmptyState>
      ) : (
        list.data && (
          <>
            <DashboardPanel agreements={list.data} />
            <section className="card" aria-labelledby="all-agreements">
              <h2 id="all-agreements">All agreements</h2>
              <div className="table-wrap">
                <table className="data-table">
                  <caption className="visually-hidden">All agreements</caption>
                  <thead>
                    <tr>
                      <th scope="col">Trainee</th>
                      <th scope="col">Scheme</th>
                      <th scope="col">Dates</th>
                      <th scope="col">Version</th>
                      <th scope="col">Where it stands</th>
                      <th scope="col">Warnings</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.map((a) => (
                      <tr key={a.id}>
                        <th scope="row">
                          <Link to={`/agreements/${a.id}`}>
                            {a.memberName}
                            <span className="visually-hidden">: {SCHEME_LABELS[a.scheme].toLowerCase()} agreement</span>
                          </Link>
                        </th>
                        <td>{SCHEME_LABELS[a.scheme]}</td>
                        <td>
                          {formatUkDate(a.startDate)} to {formatUkDate(a.endDate)}
                        </td>
                        <td>
                          {a.versionNumber}: {STATUS_LABELS[a.status]}
                        </td>
                        <td>{PHASE_LABELS[a.phase]}</td>
                        <td>{a.warnings.length === 0 ? 'None' : a.warnings.join(' ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )
      )}
      {creating && today && <NewAgreementDialog today={today} onClose={() => setCreating(false)} />}
    </Page>
  );
}
