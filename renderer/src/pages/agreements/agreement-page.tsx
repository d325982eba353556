import { Link, NavLink, Route, Routes } from 'react-router-dom';
import { SCHEME_LABELS } from '../../../../shared/domains/agreements';
import { formatUkDate } from '../../../../shared/dates';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { EditorTab } from './editor-tab';
import { STATUS_LABELS } from './labels';
import { LogTab } from './log-tab';
import { OtjTab } from './otj-tab';
import { ReviewsTab } from './reviews-tab';
import { useAgreement } from './use-agreement';
import { VisitsTab } from './visits-tab';

/** One agreement: the document and its versions, plus the running of the placement in tabs. */
export default function AgreementPage() {
  const query = useAgreement();
  if (query.isPending) return <Loading label="Loading the agreement…" />;
  const a = query.data;
  if (!a) {
    return (
      <Page title="Agreement not found">
        <ErrorMessage error={query.error ?? 'No such agreement.'} />
        <Link to="/agreements">Back to agreements</Link>
      </Page>
    );
  }
  const latest = a.versions[a.versions.length - 1];
  const tabs = [
    { to: '', label: 'Agreement' },
    ...(a.scheme === 'apprenticeship' ? [{ to: 'otj', label: 'Off-the-job training' }] : []),
    { to: 'reviews', label: 'Reviews' },
    { to: 'log', label: 'Learning log' },
    { to: 'visits', label: 'Visits' },
  ];
  return (
    <Page title={`${a.memberName}: ${SCHEME_LABELS[a.scheme].toLowerCase()} agreement`}>
      <p>
        <Link to="/agreements">← Agreements</Link> · <Link to={`/team/${a.memberId}`}>{a.memberName}</Link>
      </p>
      <dl className="facts card">
        <div>
          <dt>Dates</dt>
          <dd>
            {formatUkDate(a.startDate)} to {formatUkDate(a.endDate)} ({a.daysLeft} days left)
          </dd>
        </div>
        <div>
          <dt>Current version</dt>
          <dd>
            Version {latest?.number}: {latest ? STATUS_LABELS[latest.status] : ''}
          </dd>
        </div>
        <div>
          <dt>Next review</dt>
          <dd>
            {a.nextReviewDue ? formatUkDate(a.nextReviewDue) : 'None scheduled'}
            {a.overdueReviews > 0 && <strong className="agreement-alert"> · {a.overdueReviews} overdue</strong>}
          </dd>
        </div>
      </dl>
      <nav aria-label="Agreement sections" className="agreement-tabs">
        <ul>
          {tabs.map((t) => (
            <li key={t.to}>
              <NavLink to={t.to === '' ? `/agreements/${a.id}` : `/agreements/${a.id}/${t.to}`} end>
                {t.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<EditorTab agreement={a} />} />
        <Route path="otj" element={<OtjTab agreement={a} />} />
        <Route path="reviews" element={<ReviewsTab agreement={a} />} />
        <Route path="log" element={<LogTab agreement={a} />} />
        <Route path="visits" element={<VisitsTab agreement={a} />} />
      </Routes>
    </Page>
  );
}
