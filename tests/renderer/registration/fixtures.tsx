import { Route, Routes } from 'react-router-dom';
import type { Dashboard, Journey, JourneySummary } from '../../../shared/domains/registration';
import type { RevalidationView } from '../../../shared/domains/registration-cpd';
import { fakeStatus } from '../helpers/render';
import RegistrationRoutes from '../../../renderer/src/pages/registration/routes';

export const TODAY = '2026-11-23';

export const status = () => fakeStatus({ today: TODAY });

export const summary = (over: Partial<JourneySummary> = {}): JourneySummary => ({
  id: 1,
  memberId: 2,
  memberName: 'Zoë Okonkwo-Hale',
  level: 'chartership',
  route: 'main',
  kind: 'registration',
  stage: 'gathering_evidence',
  stageChangedOn: '2026-07-06',
  daysInStage: 140,
  plannedSubmissionOn: null,
  drift: { stalled: true, daysSince: 140, lastMovement: '2026-07-06', tracked: true },
  ...over,
});

export const dashboard = (over: Partial<Dashboard> = {}): Dashboard => ({
  driftWeeks: 12,
  counts: [
    { level: 'chartership', stage: 'gathering_evidence', count: 1 },
    { level: 'certification', stage: 'enrolled', count: 1 },
  ],
  journeys: [
    summary(),
    summary({
      id: 2, memberId: 5, memberName: 'Kezia Hollins', level: 'certification', stage: 'enrolled', stageChangedOn: '2026-11-13', daysInStage: 10,
      drift: { stalled: false, daysSince: 10, lastMovement: '2026-11-13', tracked: true },
    }),
  ],
  registered: [
    { id: 1, memberId: 3, memberName: 'Chloé Greenhalgh', level: 'chartership', registeredOn: '2021-12-13', lastRevalidatedOn: '2025-12-13', nextAnniversary: '2026-12-13', daysToAnniversary: 20, missedAnniversary: null, cpdHours12m: 12.5 },
  ],
  ...over,
});

export const journey = (over: Partial<Journey> = {}): Journey => ({
  ...summary(),
  mentorName: 'Morwenna Tregarthen',
  mentorContact: '',
  supportOfficer: '',
  regionalNetwork: '',
  notes: '',
  lineManagerName: 'Yusuf Zielinski',
  statement: '',
  statementWords: 0,
  statementUpdatedOn: null,
  warnings: [],
  history: [{ id: 1, stage: 'gathering_evidence', enteredOn: '2026-07-06', reason: '' }],
  evidence: [],
  mentorOnRegister: null,
  portfolio: [],
  evidenceHint: null,
  driftWeeks: 12,
  ...over,
});

export const revalidation = (over: Partial<RevalidationView> = {}): RevalidationView => ({
  memberId: 3,
  memberName: 'Chloé Greenhalgh',
  today: TODAY,
  windowStart: '2025-11-24',
  entries: [],
  hours12m: 12.5,
  hoursRequired: 20,
  statement: { personal: '', organisational: '', wider: '', updatedAt: null },
  words: 0,
  wordLimit: 250,
  hoursMet: false,
  wordsMet: false,
  promptsAnswered: false,
  ready: false,
  registrations: [],
  sectionsDeveloped: [],
  ...over,
});

/** The section mounted the way the app mounts it, under /registration/*. */
export const App = () => (
  <Routes>
    <Route path="/registration/*" element={<RegistrationRoutes />} />
  </Routes>
);

export const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
