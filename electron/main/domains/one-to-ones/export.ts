import { format } from 'date-fns';
import { createEvent, createEvents, type EventAttributes } from 'ics';
import type { ExportedFile } from '../../../../shared/domains/common';
import type { Action, Meeting } from '../../../../shared/domains/one-to-ones';
import { formatUkDate, localIsoDate } from '../../../../shared/dates';
import { AppError } from '../../../../shared/result';
import type { DocBlock, DocSpec } from '../../lib/document-model';
import { renderDocx } from '../../lib/docx';
import { fileNamePart } from '../../lib/file-name';
import { renderPdf } from '../../lib/pdf';
import { seriesLabel, seriesRrule, type StandingItem } from '../../../../shared/domains/one-to-one-series';
import { seriesPlace } from './recurrence';
import type { SeriesRecord } from './series-repo';

const slug = (name: string) => fileNamePart(name, 'member');

const localTime = (instant: string) => format(new Date(instant), 'HH:mm');
const meetingDate = (instant: string) => formatUkDate(format(new Date(instant), 'yyyy-MM-dd'));

/** When and where, as both the shared notes and the prep sheet open. */
const meetingFacts = (m: Meeting): DocBlock => ({
  kind: 'facts',
  items: [
    ['Date', meetingDate(m.scheduledAt)],
    ['Time', localTime(m.scheduledAt)],
    ['Length', `${m.durationMinutes} minutes`],
    ['Where', m.location || '—'],
  ],
});
const ownerLabel = (a: Action, memberName: string) => (a.owner === 'manager' ? 'Manager' : memberName);

const MAX_OCTETS = 75;

/** Tab, or not a control character (U+0000–U+001F, U+007F). */
const isIcsTextChar = (ch: string) => {
  const code = ch.codePointAt(0) ?? 0;
  return code === 0x09 || (code >= 0x20 && code !== 0x7f);
};

/**
 * RFC 5545 §3.1: content lines are folded so no line is longer than 75 octets, and a fold
 * must not split a multi-octet UTF-8 character. The ics library folds by characters (an
 * all-Polish description gave 126-byte lines), so its folds are undone and the text refolded
 * by octets, one whole code point at a time; each continuation line starts with one space.
 */
export function foldIcsLines(text: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    // RFC 5545 §3.3.11: TEXT holds no control characters but tab; pasted ones (bell, NUL) are dropped.
    .map((line) => [...line].filter(isIcsTextChar).join(''))
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const ch of line) {
        const size = Buffer.byteLength(ch, 'utf8');
        // The first line may hold 75 octets; a continuation line's leading space uses one of them.
        const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += ch;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** A calendar invitation for one meeting. The agenda goes in the description; private notes never do. */
export function meetingIcs(m: Meeting, nowMs: number): ExportedFile {
  const start = Date.parse(m.scheduledAt);
  const agenda = m.agenda.map((i, n) => `${n + 1}. ${i.title}`);
  const carried = m.carriedActions.map((a) => `- ${a.text}${a.dueOn ? ` (due ${formatUkDate(a.dueOn)})` : ''}`);
  const description = [
    agenda.length ? `Agenda:\n${agenda.join('\n')}` : 'Agenda to follow.',
    carried.length ? `Open actions carried forward:\n${carried.join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  // `timestamp` (DTSTAMP) defaults to the real clock inside ics; pass ours so exports are reproducible.
  const attributes: EventAttributes & { timestamp: number } = {
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: m.durationMinutes },
    title: `One-to-one: ${m.memberName}`,
    description,
    location: m.location || undefined,
    uid: `one-to-one-${m.id}@staff-development-workbench`,
    status: m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    productId: 'staff-development-workbench/one-to-ones',
    timestamp: nowMs,
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new AppError('INTERNAL', `Could not build the calendar file: ${error?.message ?? 'unknown error'}`);
  return {
    fileName: `one-to-one-${slug(m.memberName)}-${m.scheduledAt.slice(0, 10)}.ics`,
    mimeType: 'text/calendar',
    encoding: 'utf8',
    content: foldIcsLines(value),
  };
}

/** What the member may see: agenda, shared notes and actions. Private notes are left out on purpose. */
export function sharedNotesSpec(m: Meeting): DocSpec {
  const actions = [...m.carriedActions, ...m.actions];
  return {
    title: `One-to-one: ${m.memberName}`,
    subtitle: `${meetingDate(m.scheduledAt)} at ${localTime(m.scheduledAt)}`,
    footer: `Shared notes · ${m.memberName}`,
    blocks: [
      meetingFacts(m),
      { kind: 'heading', text: 'Agenda', level: 2 },
      m.agenda.length
        ? { kind: 'bullets', items: m.agenda.map((i) => i.title) }
        : { kind: 'paragraph', text: 'No agenda items were recorded.', muted: true },
      { kind: 'heading', text: 'Notes', level: 2 },
      { kind: 'paragraph', text: m.sharedNotes || 'No shared notes were recorded.', muted: !m.sharedNotes },
      { kind: 'heading', text: 'Actions', level: 2 },
      actions.length
        ? {
            kind: 'table',
            header: ['Action', 'Owner', 'Due', 'Status'],
            rows: actions.map((a) => [
              a.text,
              ownerLabel(a, m.memberName),
              a.dueOn ? formatUkDate(a.dueOn) : '—',
              a.doneAt ? `Done ${formatUkDate(a.doneAt.slice(0, 10))}` : 'Open',
            ]),
          }
        : { kind: 'paragraph', text: 'No actions were agreed.', muted: true },
    ],
  };
}

export async function sharedNotesFile(m: Meeting, kind: 'docx' | 'pdf'): Promise<ExportedFile> {
  const spec = sharedNotesSpec(m);
  const bytes = kind === 'docx' ? await renderDocx(spec) : await renderPdf(spec);
  return {
    fileName: `one-to-one-notes-${slug(m.memberName)}-${m.scheduledAt.slice(0, 10)}.${kind}`,
    mimeType:
      kind === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf',
    encoding: 'base64',
    content: Buffer.from(bytes).toString('base64'),
  };
}

/** A meeting of the series as the calendar file needs it (see `SeriesRepo.meetingsOf`). */
export interface SeriesMeeting {
  /** The time the series' rule booked it for. */
  slot: string;
  scheduledAt: string;
  durationMinutes: number;
  location: string;
  status: string;
}

/** A UTC instant as local wall-clock date-time parts (the series is written in floating local time). */
const localParts = (iso: string): [number, number, number, number, number] => {
  const d = new Date(iso);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
};
/** `20261229T100000`: a floating local date-time, as DTSTART is written. */
const floating = (iso: string) => {
  const [y, mo, d, h, mi] = localParts(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${y}${two(mo)}${two(d)}T${two(h)}${two(mi)}00`;
};

/** `ics` writes RECURRENCE-ID (its schema and formatter take it) but its types do not declare it. */
type SeriesEvent = EventAttributes & { timestamp: number; recurrenceId?: string };

/**
 * The whole series as one recurring event: an RRULE from the series' rule, its stored UID, and its
 * SEQUENCE, so a calendar that imported an earlier export updates (or, for a cancellation with
 * METHOD:CANCEL and STATUS:CANCELLED, removes) the same event instead of adding a second one.
 * DTSTART is the local wall-clock time without a zone ("floating"): a 10:00 series stays at 10:00
 * across the clocks changing, as the app's own recurrence arithmetic does.
 * A meeting moved or changed on its own is an exception of its occurrence (a VEVENT with the same UID
 * and RECURRENCE-ID); one cancelled on its own is an EXDATE (RFC 5545 §3.8.4.4, §3.8.5.1).
 */
export function seriesIcs(
  s: SeriesRecord,
  memberName: string,
  standing: readonly StandingItem[],
  nowMs: number,
  meetings: readonly SeriesMeeting[] = [],
): ExportedFile {
  const place = seriesPlace(s.startsAt);
  const cancelled = s.status === 'cancelled';
  const description = [
    `${seriesLabel(s.frequency, s.interval, place)}.`,
    standing.length ? `Standing agenda items:\n${standing.map((i) => `- ${i.title}`).join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  // Occurrences before the rule's first date are not in the series' event (a changed series starts again there).
  const own = cancelled ? [] : meetings.filter((m) => m.slot >= s.startsAt);
  const skipped = own.filter((m) => m.status === 'cancelled').map((m) => floating(m.slot));
  const moved = own.filter(
    (m) => m.status !== 'cancelled' && (m.scheduledAt !== m.slot || m.durationMinutes !== s.durationMinutes || m.location !== s.location),
  );
  const common = {
    startInputType: 'local' as const,
    startOutputType: 'local' as const,
    title: `One-to-one: ${memberName}`,
    uid: s.uid,
    sequence: s.sequence,
    method: cancelled ? ('CANCEL' as const) : ('PUBLISH' as const),
    productId: 'staff-development-workbench/one-to-ones',
    timestamp: nowMs,
  };
  const master: SeriesEvent = {
    ...common,
    start: localParts(s.startsAt),
    duration: { minutes: s.durationMinutes },
    description,
    location: s.location || undefined,
    recurrenceRule: seriesRrule(s.frequency, s.interval, place),
    ...(skipped.length ? { exclusionDates: skipped } : {}),
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
  };
  const exceptions = moved.map(
    (m): SeriesEvent => ({
      ...common,
      recurrenceId: floating(m.slot),
      start: localParts(m.scheduledAt),
      duration: { minutes: m.durationMinutes },
      description: `Moved from the series' meeting of ${formatUkDate(localIsoDate(new Date(m.slot)))}.`,
      location: m.location || undefined,
      status: 'CONFIRMED',
    }),
  );
  const { error, value } = createEvents([master, ...exceptions]);
  if (error || !value) throw new AppError('INTERNAL', `Could not build the calendar file: ${error?.message ?? 'unknown error'}`);
  return {
    fileName: `one-to-one-series-${slug(memberName)}${cancelled ? '-cancelled' : ''}.ics`,
    mimeType: 'text/calendar',
    encoding: 'utf8',
    content: foldIcsLines(value),
  };
}

/** What the member's prep sheet is made of: no private notes reach it (only the last meeting's shared notes). */
export interface PrepSheet {
  meeting: Meeting;
  /** Topics not covered at the last meeting and not yet back on this agenda. */
  carriedTopics: { title: string; detail: string }[];
  lastMeeting: { scheduledAt: string; sharedNotes: string } | null;
}

/** A sheet for the member before the meeting: agenda (standing items marked), carried topics, open actions, last shared notes. */
export function prepSheetSpec({ meeting: m, carriedTopics, lastMeeting }: PrepSheet): DocSpec {
  const open = [...m.carriedActions, ...m.actions].filter((a) => a.doneAt === null);
  return {
    title: `Preparing for your one-to-one`,
    subtitle: `${m.memberName} · ${meetingDate(m.scheduledAt)} at ${localTime(m.scheduledAt)}`,
    footer: `Prep sheet · ${m.memberName}`,
    blocks: [
      meetingFacts(m),
      { kind: 'heading', text: 'Agenda', level: 2 },
      m.agenda.length
        ? { kind: 'bullets', items: m.agenda.map((i) => (i.standing ? `${i.title} (standing item)` : i.title)) }
        : { kind: 'paragraph', text: 'Nothing on the agenda yet: bring what you would like to talk about.', muted: true },
      ...(carriedTopics.length
        ? [
            { kind: 'heading' as const, text: 'Carried from last time', level: 2 as const },
            { kind: 'bullets' as const, items: carriedTopics.map((t) => t.title) },
          ]
        : []),
      { kind: 'heading', text: 'Open actions', level: 2 },
      open.length
        ? {
            kind: 'table',
            header: ['Action', 'Owner', 'Due'],
            rows: open.map((a) => [a.text, ownerLabel(a, m.memberName), a.dueOn ? formatUkDate(a.dueOn) : '—']),
          }
        : { kind: 'paragraph', text: 'No open actions.', muted: true },
      { kind: 'heading', text: 'Shared notes from the last meeting', level: 2 },
      lastMeeting
        ? {
            kind: 'paragraph',
            text: `${meetingDate(lastMeeting.scheduledAt)}: ${lastMeeting.sharedNotes || 'No shared notes were recorded.'}`,
            muted: !lastMeeting.sharedNotes,
          }
        : { kind: 'paragraph', text: 'This is your first one-to-one recorded here.', muted: true },
    ],
  };
}

export async function prepSheetFile(sheet: PrepSheet): Promise<ExportedFile> {
  const bytes = await renderDocx(prepSheetSpec(sheet));
  return {
    fileName: `one-to-one-prep-${slug(sheet.meeting.memberName)}-${sheet.meeting.scheduledAt.slice(0, 10)}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    encoding: 'base64',
    content: Buffer.from(bytes).toString('base64'),
  };
}
