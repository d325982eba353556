import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { ToastDock } from './components/toasts';
import { SECTIONS } from './sections';

export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="sidebar-column">
        <nav className="sidebar" aria-label="Main">
          <p className="brand">Staff Development Workbench</p>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.path}>
                <NavLink to={s.path} end={s.path === '/'}>
                  {s.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <ToastDock />
      </div>
      <main id="main" className="content">
        {children}
      </main>
    </div>
  );
}
