import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AttentionItem } from '../../shared/domains/dashboard';
import { plural } from '../../shared/plural';
import { invoke } from './api/client';
import { useChannel } from './api/hooks';
import { useToast } from './components/toasts';

const EVERY_15_MINUTES = 15 * 60 * 1000;
/** Titles named in a grouped message; the rest are counted. */
const NAMED = 3;

/** One message for everything that became urgent at once: a first load can bring several. */
export function alertMessage(alerts: AttentionItem[]): string {
  const [only] = alerts;
  if (alerts.length === 1 && only) return `${only.title}. ${only.detail}`;
  const named = alerts.slice(0, NAMED).map((a) => a.title);
  const rest = alerts.length - named.length;
  return `${plural(alerts.length, 'item needs', 'items need')} attention now: ${named.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}.`;
}

/**
 * Announces urgent items once as they become due: the desktop app's main
 * process shows an OS notification; in a browser tab the same alert is a toast,
 * one for all the items that arrive together.
 */
export function AlertsWatcher() {
  const status = useChannel('system:status', {});
  const toast = useToast();
  const navigate = useNavigate();
  const ready = status.data && !status.data.needsOnboarding && !status.data.notice;
  const transport = status.data?.transport;
  useEffect(() => {
    if (!ready) return undefined;
    const check = () =>
      invoke('dashboard:takeAlerts', {})
        .then((alerts) => {
          if (transport !== 'web' || alerts.length === 0) return;
          toast.show(alertMessage(alerts), { label: 'Open the dashboard', run: () => navigate('/') });
        })
        .catch(() => undefined);
    void check();
    const timer = setInterval(check, EVERY_15_MINUTES);
    return () => clearInterval(timer);
  }, [ready, transport, toast, navigate]);
  return null;
}
