import { alertMessage } from '../../shared/domains/dashboard-alerts';
import { invoke } from './api/client';
import { useDueAnnouncements } from './api/use-due-announcements';

const EVERY_15_MINUTES = 15 * 60 * 1000;
/**
 * Announces urgent items once as they become due: the desktop app's main
 * process shows one OS notification; in a browser tab the same alert is a toast:
 * either way one message for all the items that arrive together.
 */
export function AlertsWatcher() {
  useDueAnnouncements(
    () => invoke('dashboard:takeAlerts', {}),
    EVERY_15_MINUTES,
    (alerts, { toast, navigate }) => {
      if (alerts.length > 0) toast.show(alertMessage(alerts), { label: 'Open the dashboard', run: () => navigate('/') });
    },
  );
  return null;
}
