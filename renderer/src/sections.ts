import { lazy } from 'react';
import type { Member } from '../../shared/domains/team';

/**
 * The app's sections, in navigation order. Each section folder under pages/
 * owns its routes, its part of the member page and its settings; they load
 * lazily so the first screen stays small.
 */
export const SECTIONS = [
  { path: '/', label: 'Dashboard' },
  { path: '/team', label: 'Team' },
  { path: '/skills', label: 'Skills' },
  { path: '/registration', label: 'Registration' },
  { path: '/one-to-ones', label: 'One-to-ones' },
  { path: '/agreements', label: 'Agreements' },
  { path: '/recognition', label: 'Recognition' },
  { path: '/activities', label: 'Activities' },
  { path: '/settings', label: 'Settings' },
] as const;

export const SECTION_ROUTES = [
  { path: '/skills/*', Component: lazy(() => import('./pages/skills/routes')) },
  { path: '/registration/*', Component: lazy(() => import('./pages/registration/routes')) },
  { path: '/one-to-ones/*', Component: lazy(() => import('./pages/one-to-ones/routes')) },
  { path: '/agreements/*', Component: lazy(() => import('./pages/agreements/routes')) },
  { path: '/recognition/*', Component: lazy(() => import('./pages/recognition/routes')) },
  { path: '/activities/*', Component: lazy(() => import('./pages/activities/routes')) },
];

type MemberSection = React.LazyExoticComponent<(props: { member: Member }) => React.ReactNode>;

export const MEMBER_SECTIONS: MemberSection[] = [
  lazy(() => import('./pages/skills/member-section')),
  lazy(() => import('./pages/registration/member-section')),
  lazy(() => import('./pages/one-to-ones/member-section')),
  lazy(() => import('./pages/member-pack/member-section')),
  lazy(() => import('./pages/agreements/member-section')),
  lazy(() => import('./pages/recognition/member-section')),
  lazy(() => import('./pages/activities/member-section')),
  lazy(() => import('./pages/privacy/member-section')),
];

export const SETTINGS_SECTIONS = [
  lazy(() => import('./pages/team/settings-section')),
  lazy(() => import('./pages/skills/settings-section')),
  lazy(() => import('./pages/registration/settings-section')),
  lazy(() => import('./pages/one-to-ones/settings-section')),
  lazy(() => import('./pages/agreements/settings-section')),
  lazy(() => import('./pages/recognition/settings-section')),
  lazy(() => import('./pages/activities/settings-section')),
  lazy(() => import('./pages/privacy/settings-section')),
  lazy(() => import('./pages/network/settings-section')),
];
