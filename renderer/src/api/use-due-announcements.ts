import { useEffect, useRef } from 'react';
import { useNavigate, type NavigateFunction } from 'react-router-dom';
import { useToast } from '../components/toasts';
import { useChannel } from './hooks';

type Toasts = ReturnType<typeof useToast>;

/**
 * Asks the main process every `everyMs` for what has become due (it hands each item out once, by its own clock)
 * and, in a browser tab, has `show` put it on screen; in the desktop app the main process shows an OS
 * notification itself. Nothing is asked before onboarding or while a recovery notice is open.
 * One loop for the dashboard alerts and the one-to-one reminders.
 */
export function useDueAnnouncements<T>(take: () => Promise<T[]>, everyMs: number, show: (items: T[], ui: { toast: Toasts; navigate: NavigateFunction }) => void) {
  const status = useChannel('system:status', {});
  const toast = useToast();
  const navigate = useNavigate();
  const ready = Boolean(status.data && !status.data.needsOnboarding && !status.data.notice);
  const transport = status.data?.transport;
  const latest = useRef({ take, show });
  latest.current = { take, show };
  useEffect(() => {
    if (!ready) return undefined;
    const check = () =>
      latest.current
        .take()
        .then((items) => {
          if (transport === 'web') latest.current.show(items, { toast, navigate });
        })
        .catch(() => undefined);
    void check();
    const timer = setInterval(check, everyMs);
    return () => clearInterval(timer);
  }, [ready, transport, toast, navigate, everyMs]);
}
