import { Route, Routes } from 'react-router-dom';
import { NotBuiltPage } from '../not-built-page';

/** Every screen of this section, under /activities/*. */
export default function ActivitiesRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotBuiltPage title="Activities" about="Action learning sets, buddying, coaching and job shadowing." />} />
    </Routes>
  );
}
