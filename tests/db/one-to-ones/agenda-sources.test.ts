import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

/** The real hint sources of the other domains, over the whole sample story. */
describe('one-to-one agenda from the sample story', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  it('suggests the chartership candidate’s stalled registration for the meeting later this week', async () => {
    const candidate = await sampleMember(t, 'Assistant Librarian');
    const { next } = await t.call('oneToOnes:forMember', { memberId: candidate.id });
    const meeting = await t.call('oneToOnes:get', { id: next?.id as number });
    const stalled = meeting.suggestions.find((h) => h.key.startsWith('registration:stalled:'));
    expect(stalled).toMatchObject({ source: 'registration', priority: 1 });
    expect(meeting.suggestions[0]?.priority).toBe(1);

    await t.call('oneToOnes:acceptSuggestion', { meetingId: meeting.id, key: stalled?.key as string });
    const after = await t.call('oneToOnes:get', { id: meeting.id });
    expect(after.agenda.map((i) => i.hintKey)).toEqual([stalled?.key]);
    expect(after.suggestions.some((h) => h.key === stalled?.key)).toBe(false);
  });
});
