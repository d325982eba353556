import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { invoke } from '../../api/client';
import { useChannel } from '../../api/hooks';
import { useToast } from '../../components/toasts';

/** Often enough that a reminder due 15 minutes ahead arrives 10–15 minutes before the meeting. */
const EVERY_5_MINUTES = 5 * 60 * 1000;

/**
 * Reminds the manager before a one-to-one: the main process decides what is due by its clock and, in the
 * desktop app, shows an OS notification; in a browser tab the same reminder is an in-app message.
 */
export function MeetingReminders() {
  const status = useChannel('system:status', {});
  const toast = useToast();
  const navigate = useNavigate();
  const ready = status.data && !status.data.needsOnboarding && !status.data.notice;
  const transport = status.data?.transport;
  useEffect(() => {
    if (!ready) return undefined;
    const check = () =>
      invoke('oneToOnes:takeReminders', {})
        .then((reminders) => {
          if (transport !== 'web') return;
          for (const r of reminders) {
            toast.show(`${r.title}. ${r.body}.`, { label: 'Open the one-to-one', run: () => navigate(`/one-to-ones/${r.meetingId}`) });
          }
        })
        .catch(() => undefined);
    void check();
    const timer = setInterval(check, EVERY_5_MINUTES);
    return () => clearInterval(timer);
  }, [ready, transport, toast, navigate]);
  return null;
}
