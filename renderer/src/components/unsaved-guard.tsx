import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Dialog } from './dialog';

/** The in-app address a click on this link would go to, or null when it is not a route change we can hold. */
function routeOf(event: MouseEvent, here: string): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  // Router links: "#/team/3" under the app's HashRouter, "/team/3" under a memory or browser router.
  const href = link.getAttribute('href') ?? '';
  const to = href.startsWith('#/') ? href.slice(1) : href.startsWith('/') && !href.startsWith('//') ? href : null;
  return to && to !== here ? to : null;
}

/**
 * Asks before leaving a form with unsaved input (`what` names it; `plural` when it is "Changes …" or "Notes …"): a click on any in-app link (sidebar, breadcrumbs)
 * opens "Leave this page?", and closing or reloading the window gets the browser's own prompt.
 * The app uses HashRouter, which has no useBlocker, so links are held at the document instead.
 */
export function UnsavedGuard({ when, what, plural = false, draftKept = false }: { when: boolean; what: string; plural?: boolean; draftKept?: boolean }) {
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef('');
  here.current = location.pathname + location.search;
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const active = useRef(when);
  active.current = when;

  useEffect(() => {
    if (!when) return;
    const onClick = (event: MouseEvent) => {
      if (!active.current) return;
      const to = routeOf(event, here.current);
      if (!to) return;
      event.preventDefault();
      event.stopPropagation();
      setLeavingTo(to);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers and Electron show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [when]);

  if (leavingTo === null) return null;
  return (
    <Dialog
      title="Leave this page?"
      onClose={() => setLeavingTo(null)}
      description={
        draftKept
          ? `${what} ${plural ? 'are' : 'is'} not saved yet. What you typed is kept as a draft and will be here when you come back.`
          : `${what} ${plural ? 'are' : 'is'} not saved yet and will be lost if you leave.`
      }
    >
      <div className="dialog-actions">
        <button type="button" className="primary" data-autofocus onClick={() => setLeavingTo(null)}>
          Stay on this page
        </button>
        <button
          type="button"
          onClick={() => {
            const to = leavingTo;
            active.current = false;
            setLeavingTo(null);
            navigate(to);
          }}
        >
          Leave page
        </button>
      </div>
    </Dialog>
  );
}
