import { Route, Routes } from 'react-router-dom';
import CyclePage from './cycle-page';
import EquityPage from './equity-page';
import ExternalPage from './external-page';
import OverviewPage from './overview-page';
import SchemePage from './scheme-page';

/** Every screen of this section, under /recognition/*. */
export default function RecognitionRoutes() {
  return (
    <Routes>
      <Route index element={<OverviewPage />} />
      <Route path="schemes/:id" element={<SchemePage />} />
      <Route path="cycles/:id" element={<CyclePage />} />
      <Route path="equity" element={<EquityPage />} />
      <Route path="external" element={<ExternalPage />} />
      <Route path="*" element={<OverviewPage />} />
    </Routes>
  );
}
