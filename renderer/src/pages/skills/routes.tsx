import { Route, Routes } from 'react-router-dom';
import AssessmentPage from './assessment-page';
import ComparePage from './compare-page';
import FrameworkPage from './framework-page';
import FrameworksPage from './frameworks-page';
import SkillsHomePage from './home-page';
import MemberSkillsPage from './member-skills-page';

/** Every screen of this section, under /skills/*. */
export default function SkillsRoutes() {
  return (
    <div className="skills">
      <Routes>
        <Route index element={<SkillsHomePage />} />
        <Route path="frameworks" element={<FrameworksPage />} />
        <Route path="frameworks/:id" element={<FrameworkPage />} />
        <Route path="members/:memberId" element={<MemberSkillsPage />} />
        <Route path="assessments/:id" element={<AssessmentPage />} />
        <Route path="compare" element={<ComparePage />} />
        <Route path="*" element={<SkillsHomePage />} />
      </Routes>
    </div>
  );
}
