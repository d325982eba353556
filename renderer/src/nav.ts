/** The app's sections, in navigation order. `ready: false` pages say plainly they are not built yet. */
export const SECTIONS = [
  { path: '/', label: 'Dashboard', ready: false },
  { path: '/team', label: 'Team', ready: true },
  { path: '/skills', label: 'Skills', ready: false },
  { path: '/registration', label: 'Registration', ready: false },
  { path: '/one-to-ones', label: 'One-to-ones', ready: false },
  { path: '/agreements', label: 'Agreements', ready: false },
  { path: '/recognition', label: 'Recognition', ready: false },
  { path: '/activities', label: 'Activities', ready: false },
  { path: '/settings', label: 'Settings', ready: true },
] as const;
