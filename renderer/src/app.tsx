import { lazy, Suspense } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { AlertsWatcher } from './alerts';
import { useLiveRefresh } from './api/hooks';
import { TodayGate } from './api/use-today';
import { AppShell } from './app-shell';
import { Loading } from './components/page';
import { OnboardingGate } from './pages/onboarding';
import { MeetingReminders } from './pages/one-to-ones/reminders';
import { NotBuiltPage } from './pages/not-built-page';
import { RecoveryNotice } from './pages/recovery-notice';
import { LockGate } from './pages/unlock';
import { SECTION_ROUTES } from './sections';

const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page'));
const TeamPage = lazy(() => import('./pages/team/team-page'));
const MemberPage = lazy(() => import('./pages/team/member-page'));
const SettingsPage = lazy(() => import('./pages/settings-page'));

export function App() {
  useLiveRefresh();
  return (
    <HashRouter>
      <LockGate>
        <TodayGate>
          <AppShell>
            <RecoveryNotice />
            <AlertsWatcher />
            <MeetingReminders />
            <OnboardingGate />
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/" element={<DashboardPage />} />
                <Route path="/team" element={<TeamPage />} />
                <Route path="/team/:id" element={<MemberPage />} />
                <Route path="/settings" element={<SettingsPage />} />
                {SECTION_ROUTES.map(({ path, Component }) => (
                  <Route key={path} path={path} element={<Component />} />
                ))}
                <Route path="*" element={<NotBuiltPage title="Page not found" about="There is no page at this address." />} />
              </Routes>
            </Suspense>
          </AppShell>
        </TodayGate>
      </LockGate>
    </HashRouter>
  );
}
