import { Route, Routes } from 'react-router-dom';
import { NotBuiltPage } from '../not-built-page';

/** Every screen of this section, under /recognition/*. */
export default function RecognitionRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotBuiltPage title="Recognition" about="Employee-of-the-month cycles, annual awards and external award nominations." />} />
    </Routes>
  );
}
