import { Route, Routes } from 'react-router-dom';
import { NotBuiltPage } from '../not-built-page';

/** Every screen of this section, under /one-to-ones/*. */
export default function OnetoonesRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotBuiltPage title="One-to-ones" about="Meetings with agendas suggested from stalled registration, skill gaps and open actions." />} />
    </Routes>
  );
}
