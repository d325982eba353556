import { plural } from '../plural';
import type { AttentionItem } from './dashboard';

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

/** The desktop's one OS notification for the same alerts: a title and a body, as the browser's one toast. */
export function alertNotification(alerts: AttentionItem[]): { title: string; body: string } | null {
  const [only] = alerts;
  if (!only) return null;
  if (alerts.length === 1) return { title: only.title, body: only.detail };
  return { title: `${plural(alerts.length, 'item needs', 'items need')} attention`, body: alertMessage(alerts) };
}
