import { lazy, Suspense } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { useLiveRefresh } from './api/hooks';
import { AppShell } from './app-shell';
import { Loading } from './components/page';
import { OnboardingGate } from './pages/onboarding';
import { NotBuiltPage } from './pages/not-built-page';

const TeamPage = lazy(() => import('./pages/team/team-page'));
const MemberPage = lazy(() => import('./pages/team/member-page'));
const SettingsPage = lazy(() => import('./pages/settings-page'));

const PLANNED: Record<string, { title: string; about: string }> = {
  '/': { title: 'Dashboard', about: 'What needs your attention before a one-to-one: stalled candidates, reviews due, deadlines.' },
  '/skills': { title: 'Skills', about: 'PKSB self-assessments over time, gaps and team coverage.' },
  '/registration': { title: 'Registration', about: 'CILIP Certification, Chartership, Fellowship and revalidation journeys, with CPD.' },
  '/one-to-ones': { title: 'One-to-ones', about: 'Meetings with agendas suggested from stalled registration, skill gaps and open actions.' },
  '/agreements': { title: 'Agreements', about: 'Expectations agreements for apprentices, graduate trainees and placement students.' },
  '/recognition': { title: 'Recognition', about: 'Employee-of-the-month cycles, annual awards and external award nominations.' },
  '/activities': { title: 'Activities', about: 'Action learning sets, buddying, coaching and job shadowing.' },
};

export function App() {
  useLiveRefresh();
  return (
    <HashRouter>
      <AppShell>
        <OnboardingGate />
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/team" element={<TeamPage />} />
            <Route path="/team/:id" element={<MemberPage />} />
            <Route path="/settings" element={<SettingsPage />} />
            {Object.entries(PLANNED).map(([path, page]) => (
              <Route key={path} path={path} element={<NotBuiltPage title={page.title} about={page.about} />} />
            ))}
            <Route path="*" element={<NotBuiltPage title="Page not found" about="There is no page at this address." />} />
          </Routes>
        </Suspense>
      </AppShell>
    </HashRouter>
  );
}
