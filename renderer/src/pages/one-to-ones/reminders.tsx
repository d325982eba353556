import { invoke } from '../../api/client';
import { useDueAnnouncements } from '../../api/use-due-announcements';

/** Often enough that a reminder due 15 minutes ahead arrives 10–15 minutes before the meeting. */
const EVERY_5_MINUTES = 5 * 60 * 1000;

/**
 * Reminds the manager before a one-to-one: the main process decides what is due by its clock and, in the
 * desktop app, shows an OS notification; in a browser tab the same reminder is an in-app message.
 */
export function MeetingReminders() {
  useDueAnnouncements(
    () => invoke('oneToOnes:takeReminders', {}),
    EVERY_5_MINUTES,
    (reminders, { toast, navigate }) => {
      for (const r of reminders) {
        toast.show(`${r.title}. ${r.body}.`, { label: 'Open the one-to-one', run: () => navigate(`/one-to-ones/${r.meetingId}`) });
      }
    },
  );
  return null;
}
