import { Route, Routes } from 'react-router-dom';
import { NotBuiltPage } from '../not-built-page';

/** Every screen of this section, under /agreements/*. */
export default function AgreementsRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotBuiltPage title="Agreements" about="Expectations agreements for apprentices, graduate trainees and placement students." />} />
    </Routes>
  );
}
