import { Route, Routes } from 'react-router-dom';
import { NotBuiltPage } from '../not-built-page';

/** Every screen of this section, under /registration/*. */
export default function RegistrationRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotBuiltPage title="Registration" about="CILIP Certification, Chartership, Fellowship and revalidation journeys, with CPD." />} />
    </Routes>
  );
}
