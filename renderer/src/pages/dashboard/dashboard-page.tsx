import { lazy, Suspense } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { AttentionList } from './attention-list';

// Charts pull in recharts: load them after the attention list, which is what a manager came for.
const DashboardCharts = lazy(() => import('./charts').then((m) => ({ default: m.DashboardCharts })));

export default function DashboardPage() {
  const status = useChannel('system:status', {});
  const charts = useChannel('dashboard:charts', {});
  const today = status.data?.today;
  return (
    <Page title="Dashboard">
      {today && <p className="muted">Today is {formatUkDate(today)}.</p>}
      {today && <AttentionList today={today} />}
      <ErrorMessage error={charts.error} />
      <Suspense fallback={<Loading label="Loading charts…" />}>{charts.data && <DashboardCharts data={charts.data} />}</Suspense>
    </Page>
  );
}
