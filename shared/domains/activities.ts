import { z } from 'zod';
import { exportedFile, id, isoDate, optionalText, requiredText } from './common';
import { quarterHours } from './hours';

export const SESSION_TYPES = ['open', 'planned', 'combined'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];
export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  open: 'Open (members bring issues on the day)',
  planned: 'Planned (presenters agreed in advance)',
  combined: 'Combined',
};

export const VISIT_MODES = ['in_person', 'virtual'] as const;
export type VisitMode = (typeof VISIT_MODES)[number];
export const VISIT_MODE_LABELS: Record<VisitMode, string> = { in_person: 'In person', virtual: 'Virtual' };

export const ACTIVITY_KINDS = ['alsMeeting', 'buddying', 'coaching', 'shadowing'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Action learning works best with 4 to 10 people: outside that we warn, we do not refuse. */
export const SET_SIZE = { min: 4, max: 10, hardMin: 2, hardMax: 30 } as const;

export function setSizeWarning(count: number): string | null {
  if (count < SET_SIZE.min) return `Only ${count} members: action learning sets work best with ${SET_SIZE.min} to ${SET_SIZE.max}.`;
  if (count > SET_SIZE.max) return `${count} members: sets larger than ${SET_SIZE.max} leave little time for each presenter; consider splitting.`;
  return null;
}

/** Hours of one session or visit: the CPD log's rule (shared/domains/hours.ts), since each may become a CPD entry. */
export const sessionHours = quarterHours();

const memberIds = z
  .array(id)
  .min(SET_SIZE.hardMin, `must list at least ${SET_SIZE.hardMin} members`)
  .max(SET_SIZE.hardMax, `must list at most ${SET_SIZE.hardMax} members`)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'must not list a member twice' });

export const setInput = z
  .object({
    name: requiredText(200),
    facilitator: optionalText(200),
    rhythm: optionalText(100),
    sessionType: z.enum(SESSION_TYPES, { message: 'must be open, planned or combined' }),
    startedOn: isoDate.nullable(),
    memberIds,
  })
  .strict();
export type SetInput = z.infer<typeof setInput>;

export const personRef = z.object({ id, name: z.string() });

export const actionPlan = z.object({
  id,
  presenterId: id,
  presenterName: z.string(),
  plan: z.string(),
  progress: z.string(),
});
export type ActionPlan = z.infer<typeof actionPlan>;

/** Whether each set member came to a meeting: CPD goes only to those who attended. */
export const ATTENDANCE = ['attended', 'apologies', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = { attended: 'Attended', apologies: 'Sent apologies', absent: 'Absent' };

export const attendanceEntry = z
  .object({ memberId: id, status: z.enum(ATTENDANCE, { message: 'must be attended, sent apologies or absent' }) })
  .strict();

const attendanceList = z
  .array(attendanceEntry)
  .max(SET_SIZE.hardMax)
  .refine((a) => new Set(a.map((x) => x.memberId)).size === a.length, { message: 'must list each member once' })
  .refine((a) => a.some((x) => x.status === 'attended'), { message: 'must have at least one member who attended' });

export const setMeeting = z.object({
  id,
  heldOn: isoDate,
  hours: z.number(),
  notes: z.string(),
  plans: z.array(actionPlan),
  /** `cpdLogged`: this person's CPD log already holds the meeting. */
  attendance: z.array(z.object({ memberId: id, name: z.string(), status: z.enum(ATTENDANCE), cpdLogged: z.boolean() })),
  cpdLogged: z.number().int(),
});
export type SetMeeting = z.infer<typeof setMeeting>;

export const setSummary = z.object({
  id,
  name: z.string(),
  facilitator: z.string(),
  rhythm: z.string(),
  sessionType: z.enum(SESSION_TYPES),
  startedOn: isoDate.nullable(),
  members: z.array(personRef),
  meetingCount: z.number().int(),
  lastMetOn: isoDate.nullable(),
  sizeWarning: z.string().nullable(),
});
export type SetSummary = z.infer<typeof setSummary>;

export const setDetail = setSummary.extend({
  /** Newest first. */
  meetings: z.array(setMeeting),
  /** Plans from the latest meeting: each presenter reports on them at the next one. */
  carriedPlans: z.array(actionPlan),
});
export type SetDetail = z.infer<typeof setDetail>;

export const setMeetingInput = z
  .object({
    setId: id,
    heldOn: isoDate,
    hours: sessionHours,
    notes: optionalText(5000),
    plans: z
      .array(z.object({ presenterId: id, plan: requiredText(2000) }).strict())
      .max(SET_SIZE.hardMax)
      .refine((p) => new Set(p.map((x) => x.presenterId)).size === p.length, { message: 'must have one plan per presenter' }),
    progress: z.array(z.object({ planId: id, progress: optionalText(2000) }).strict()).max(SET_SIZE.hardMax),
    /** Members not listed are recorded as absent. */
    attendance: attendanceList,
  })
  .strict();
export type SetMeetingInput = z.infer<typeof setMeetingInput>;

/** Correcting a meeting already recorded: its date, length, notes and who came. */
export const setMeetingChanges = z
  .object({ heldOn: isoDate, hours: sessionHours, notes: optionalText(5000), attendance: attendanceList })
  .strict();
export type SetMeetingChanges = z.infer<typeof setMeetingChanges>;

export const buddyInput = z
  .object({
    buddyId: id,
    newStarterId: id,
    startedOn: isoDate,
    endedOn: isoDate.nullable(),
    focus: optionalText(500),
    buddyNotes: optionalText(5000),
    starterNotes: optionalText(5000),
  })
  .strict();
export type BuddyInput = z.infer<typeof buddyInput>;

export const buddyPair = buddyInput.extend({
  id,
  buddyName: z.string(),
  newStarterName: z.string(),
  cpdLogged: z.number().int(),
  /** An ongoing pair logs CPD session by session: the sessions logged so far and the latest one. */
  sessionsLogged: z.number().int(),
  lastLoggedOn: isoDate.nullable(),
});
export type BuddyPair = z.infer<typeof buddyPair>;

export const coachingInput = z
  .object({
    coacheeId: id,
    coachMemberId: id.nullable(),
    coachName: optionalText(200),
    heldOn: isoDate,
    hours: sessionHours,
    goal: requiredText(2000),
    reality: optionalText(4000),
    options: optionalText(4000),
    wayForward: optionalText(4000),
    actions: z.array(z.object({ text: requiredText(500), dueOn: isoDate.nullable() }).strict()).max(20),
  })
  .strict();
export type CoachingInput = z.infer<typeof coachingInput>;

export const coachingRecord = coachingInput.extend({
  id,
  coacheeName: z.string(),
  /** The coach as shown: a team member's name or the external coach's. */
  coachLabel: z.string(),
  cpdLogged: z.number().int(),
  /** Whose CPD log already holds this session: "Log as CPD" offers only the others. */
  cpdLoggedFor: z.array(id),
});
export type CoachingRecord = z.infer<typeof coachingRecord>;

export const shadowingInput = z
  .object({
    memberId: id,
    hostLibrary: requiredText(200),
    hostPerson: optionalText(200),
    mode: z.enum(VISIT_MODES, { message: 'must be in person or virtual' }),
    visitOn: isoDate,
    hours: sessionHours,
    objectives: optionalText(4000),
    reflection: optionalText(4000),
  })
  .strict();
export type ShadowingInput = z.infer<typeof shadowingInput>;

export const shadowingVisit = shadowingInput.extend({ id, memberName: z.string(), cpdLogged: z.number().int() });
export type ShadowingVisit = z.infer<typeof shadowingVisit>;

export const logCpdInput = z
  .object({
    kind: z.enum(ACTIVITY_KINDS, { message: 'must be one of the activity kinds' }),
    id,
    /** PKSB section codes the activity developed. */
    sections: z.array(z.string().trim().min(1).max(20)).max(20, 'must list at most 20 sections'),
    /** Only for buddying, which logs each session (its date and hours) as it happens. */
    hours: sessionHours.nullable().default(null),
    date: isoDate.nullable().default(null),
  })
  .strict();
export type LogCpdInput = z.input<typeof logCpdInput>;

export const logCpdResult = z.object({ created: z.number().int(), names: z.array(z.string()) });
export type LogCpdResult = z.infer<typeof logCpdResult>;

export const memberActivities = z.object({
  sets: z.array(setSummary),
  buddies: z.array(buddyPair),
  coaching: z.array(coachingRecord),
  visits: z.array(shadowingVisit),
});
export type MemberActivities = z.infer<typeof memberActivities>;

/**
 * The CPD entries a record had given when it was deleted. Each entry links to its record by a foreign key
 * (migration 0017), cleared when the record goes so no entry points at a missing or reused id; "Undo" sets
 * it again on those entries (only entries of the people the record involves, and only if still unlinked).
 */
const cpdEntryIds = z.array(id).max(1000, 'must list at most 1000 CPD entries');
export const deletedBuddyPair = buddyPair.extend({ cpdEntryIds });
export const deletedCoaching = coachingRecord.extend({ cpdEntryIds });
export const deletedVisit = shadowingVisit.extend({ cpdEntryIds });

/** What a deleted record held, so "Undo" can put it back as it was (same id when free, and the CPD it had given). */
export const buddyRestoreInput = buddyInput.extend({ id, cpdEntryIds: cpdEntryIds.default([]) }).strict();
export const coachingRestoreInput = coachingInput.extend({ id, cpdEntryIds: cpdEntryIds.default([]) }).strict();
export const visitRestoreInput = shadowingInput.extend({ id, cpdEntryIds: cpdEntryIds.default([]) }).strict();

export const deletedSet = z.object({ id, name: z.string() });

export const activitiesSchemas = {
  memberInput: z.object({ memberId: id }).strict(),
  update: <T extends z.ZodType>(changes: T) => z.object({ id, changes }).strict(),
  exportedFile,
};
