import { addDays } from '../../../../shared/dates';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createRecordsRepo } from './records-repo';
import { createSetsRepo } from './sets-repo';

/** Adds this domain's part of the sample team's story. `people` maps sample keys (see sample/team.ts) to member ids. */
export function seedActivitiesSample(ctx: AppContext, people: Map<string, number>): void {
  const get = (key: string) => people.get(key);
  const today = todayOf(ctx);
  const now = nowIso(ctx);
  const sets = createSetsRepo(ctx.db);
  const records = createRecordsRepo(ctx.db);

  const setKeys = ['chartership-candidate', 'outreach-librarian', 'systems-librarian', 'customer-supervisor', 'clinical-librarian'];
  const memberIds = setKeys.map(get).filter((x): x is number => x !== undefined);
  if (memberIds.length === 5) {
    const setId = sets.insert(
      {
        name: 'Service development action learning set',
        facilitator: 'Regional library network facilitator',
        rhythm: 'Every 5 weeks',
        sessionType: 'combined',
        startedOn: addDays(today, -80),
        memberIds,
      },
      now,
    );
    const meetingId = sets.insertMeeting({ setId, heldOn: addDays(today, -35), hours: 2.5, notes: 'Two presenters: outreach evaluation and self-service kiosks.' }, now);
    // One member sent apologies: the meeting's CPD goes to the four who came.
    sets.setAttendance(meetingId, memberIds, memberIds.map((memberId, i) => ({ memberId, status: i === 4 ? 'apologies' : 'attended' })));
    sets.insertPlan(meetingId, memberIds[1] as number, 'Pilot a feedback card at two outreach sessions and bring the results.');
    sets.insertPlan(meetingId, memberIds[3] as number, 'Ask three front-line colleagues what stops them recommending the kiosks.');
  }

  const buddy = get('clinical-librarian');
  const starter = get('graduate-trainee');
  if (buddy !== undefined && starter !== undefined) {
    records.insertBuddy(
      {
        buddyId: buddy,
        newStarterId: starter,
        startedOn: addDays(today, -60),
        endedOn: null,
        focus: 'Literature searching for clinical teams; finding your way round the trust.',
        buddyNotes: 'Shadowed two search requests together; next, a supervised search for a ward team.',
        starterNotes: 'Learned how the evidence search request form works and how to scope a question.',
      },
      now,
    );
  }

  const visitor = get('chartership-candidate');
  if (visitor !== undefined) {
    records.insertVisit(
      {
        memberId: visitor,
        hostLibrary: 'Riverside University Library, research support team',
        hostPerson: 'Research support librarian',
        mode: 'in_person',
        visitOn: addDays(today, -12),
        hours: 3,
        objectives: 'See how a research support team runs systematic review support and drop-in clinics.',
        reflection: 'Their intake checklist for review requests would shorten our first meetings; drafting a version for us.',
      },
      now,
    );
  }
}
