import { Route, Routes } from 'react-router-dom';
import MeetingPage from './meeting-page';
import OverviewPage from './overview-page';

/** Every screen of this section, under /one-to-ones/*. */
export default function OneToOnesRoutes() {
  return (
    <Routes>
      <Route index element={<OverviewPage />} />
      <Route path=":id" element={<MeetingPage />} />
    </Routes>
  );
}
