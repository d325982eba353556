import './registration.css';
import { Route, Routes } from 'react-router-dom';
import { NotBuiltPage } from '../not-built-page';
import CpdPage from './cpd-page';
import RegistrationDashboard from './dashboard-page';
import JourneyPage from './journey-page';

/** Every screen of this section, under /registration/*. */
export default function RegistrationRoutes() {
  return (
    <Routes>
      <Route index element={<RegistrationDashboard />} />
      <Route path="journeys/:id" element={<JourneyPage />} />
      <Route path="members/:memberId/cpd" element={<CpdPage />} />
      <Route path="*" element={<NotBuiltPage title="Page not found" about="There is no registration page at this address." />} />
    </Routes>
  );
}
