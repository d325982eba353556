import { Route, Routes } from 'react-router-dom';
import { NotBuiltPage } from '../not-built-page';

/** Every screen of this section, under /skills/*. */
export default function SkillsRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotBuiltPage title="Skills" about="PKSB self-assessments over time, gaps and team coverage." />} />
    </Routes>
  );
}
