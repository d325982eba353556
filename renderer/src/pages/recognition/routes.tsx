import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Loading } from '../../components/page';
import CyclePage from './cycle-page';
import OverviewPage from './overview-page';
import SchemePage from './scheme-page';

// The charts library is large: only the equity view needs it, so only it waits for it.
const EquityPage = lazy(() => import('./equity-page'));
const ExternalPage = lazy(() => import('./external-page'));

/** Every screen of this section, under /recognition/*. */
export default function RecognitionRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="schemes/:id" element={<SchemePage />} />
        <Route path="cycles/:id" element={<CyclePage />} />
        <Route path="equity" element={<EquityPage />} />
        <Route path="external" element={<ExternalPage />} />
        <Route path="*" element={<OverviewPage />} />
      </Routes>
    </Suspense>
  );
}
