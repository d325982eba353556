/**
 * The one mapping from an input's key (`dueOn`, `jobTitle`) to the words a manager sees
 * ("Due date", "Job title"). Main-process errors name fields with it; the renderer strips it
 * again when a form shows its own label. Keys not listed are worded by `fieldLabel`'s rules
 * (camelCase split, `…Id` → the thing, `…On` → "Date …").
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  agreementId: 'Agreement',
  awardId: 'Award',
  buddyId: 'Buddy',
  carryOverFrom: 'Assessment to carry over',
  cilipNumber: 'CILIP membership number',
  coachMemberId: 'Coach',
  coacheeId: 'Coachee',
  confirmName: 'Name to confirm',
  content: 'File',
  cycleId: 'Nomination round',
  date: 'Date',
  datedOn: 'Evidence date',
  driftWeeks: 'Weeks before a journey counts as stalled',
  dueOn: 'Due date',
  email: 'Email',
  employmentType: 'Employment type',
  endDate: 'End date',
  endedOn: 'End date',
  fileName: 'File name',
  fte: 'FTE (full-time equivalent)',
  fullTimeWeekHours: 'Full-time week (hours)',
  gatewayDate: 'Gateway date',
  heldOn: 'Date held',
  hintKey: 'Suggestion',
  hours: 'Hours',
  id: 'Record',
  itemIds: 'Agenda items',
  jobTitle: 'Job title',
  key: 'Item',
  lastRevalidatedOn: 'Date last revalidated',
  leftOn: 'Leaving date',
  lineManagerId: 'Line manager',
  meetingId: 'One-to-one',
  memberId: 'Team member',
  memberIds: 'Members',
  minLevel: 'Minimum level',
  newStarterId: 'New starter',
  nominationId: 'Nomination',
  nominationIds: 'Nominations',
  nomineeId: 'Nominee',
  panelMemberIds: 'Panel members',
  passphrase: 'Passphrase',
  periodEnd: 'Closing date',
  periodStart: 'Opening date',
  plannedSubmissionOn: 'Planned submission date',
  presenterId: 'Presenter',
  reviewId: 'Review',
  revalidatedOn: 'Date revalidated',
  scheduledAt: 'Date and time',
  schemeId: 'Scheme',
  sectionCode: 'Section',
  sectionId: 'Section',
  servicePoint: 'Service point',
  signedOn: 'Date signed',
  skillId: 'Skill',
  startDate: 'Start date',
  startedOn: 'Start date',
  submittedOn: 'Date submitted',
  toldOn: 'Date told',
  versionId: 'Version',
  visitOn: 'Date of the visit',
  voterId: 'Voter',
};

const words = (camel: string) =>
  camel
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `rows.3.startDate` → "Start date"; `coachMemberId` → "Coach"; `heldOn` → "Date held". */
export function fieldLabel(path: string): string {
  const key = path.split('.').filter((part) => part !== '' && !/^\d+$/.test(part)).pop() ?? path;
  const known = FIELD_LABELS[key];
  if (known) return known;
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)*Ids$/.test(key)) return sentence(`${words(key.slice(0, -3))}s`);
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)*Id$/.test(key)) return sentence(words(key.slice(0, -2)));
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)*On$/.test(key)) return `Date ${words(key.slice(0, -2))}`;
  return sentence(words(key));
}
