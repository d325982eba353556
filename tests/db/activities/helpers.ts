import { sampleMember, type TestApp } from '../../helpers/test-app';

/** The sample team members the activities tests pair, coach and send on visits, by role. */
export async function activityPeople(t: TestApp) {
  return {
    candidate: (await sampleMember(t, 'Assistant Librarian')).id,
    trainee: (await sampleMember(t, 'Graduate Trainee')).id,
    clinical: (await sampleMember(t, 'Clinical Librarian')).id,
    systems: (await sampleMember(t, 'Systems and Metadata')).id,
    outreach: (await sampleMember(t, 'Outreach')).id,
  };
}

/** A member's CPD entries that came from an activity. */
export const activityCpd = async (t: TestApp, memberId: number) =>
  (await t.call('registration:cpdList', { memberId })).filter((e) => e.source !== null && e.source.kind !== 'memberPack');
