import './agreements.css';
import { Route, Routes } from 'react-router-dom';
import AgreementPage from './agreement-page';
import AgreementsPage from './agreements-page';

/** Every screen of this section, under /agreements/*. */
export default function AgreementsRoutes() {
  return (
    <Routes>
      <Route index element={<AgreementsPage />} />
      <Route path=":id/*" element={<AgreementPage />} />
    </Routes>
  );
}
