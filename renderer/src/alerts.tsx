import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { alertMessage } from '../../shared/domains/dashboard-alerts';
import { invoke } from './api/client';
import { useChannel } from './api/hooks';
import { useToast } from './components/toasts';

const EVERY_15_MINUTES = 15 * 60 * 1000;
/**
 * Announces urgent items once as they become due: the desktop app's main
 * process shows one OS notification; in a browser tab the same alert is a toast:
 * either way one message for all the items that arrive together.
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
