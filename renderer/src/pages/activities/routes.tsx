import { Route, Routes } from 'react-router-dom';
import { Page } from '../../components/page';
import { BuddyingTab } from './buddying-tab';
import { CoachingTab } from './coaching-tab';
import { ActivityTabs } from './common';
import { SetPage } from './set-page';
import { SetsTab } from './sets-tab';
import { ShadowingTab } from './shadowing-tab';

/** Every screen of this section, under /activities/*. */
export default function ActivitiesRoutes() {
  return (
    <Routes>
      <Route path="sets/:id" element={<SetPage />} />
      <Route
        path="*"
        element={
          <Page title="Development activities">
            <p className="muted">Action learning, buddying, coaching and shadowing: each can go into the CPD log of everyone involved in one step.</p>
            <ActivityTabs />
            <Routes>
              <Route index element={<SetsTab />} />
              <Route path="buddying" element={<BuddyingTab />} />
              <Route path="coaching" element={<CoachingTab />} />
              <Route path="shadowing" element={<ShadowingTab />} />
            </Routes>
          </Page>
        }
      />
    </Routes>
  );
}
