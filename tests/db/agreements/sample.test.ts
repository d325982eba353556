import { afterEach, describe, expect, it } from 'vitest';
import { agreementsAgendaHints, overdueOrUpcomingReviews } from '../../../electron/main/domains/agreements/agenda';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

let t: TestApp;
afterEach(() => t?.close());

describe('agreements sample story', () => {
  it('has a signed apprenticeship a little behind on off-the-job hours, a draft traineeship and no placement agreement', async () => {
    t = await createTestApp({ sample: true });
    const list = await t.call('agreements:list', {});
    const apprentice = await sampleMember(t, 'Level 3 apprentice');
    const graduate = await sampleMember(t, 'Graduate Trainee');
    const placement = await sampleMember(t, 'Placement Student');
    const app = list.find((a) => a.memberId === apprentice.id);
    expect(app).toMatchObject({ scheme: 'apprenticeship', status: 'signed', signedVersion: 1, overdueReviews: 0 });
    expect(app?.otj?.status).toBe('behind');
    expect(app?.otj?.shortfall).toBeGreaterThan(0);
    expect(app?.otj?.shortfall).toBeLessThanOrEqual(12);
    expect(app?.nextReviewDue && app.nextReviewDue > '2026-11-23' && app.nextReviewDue <= '2026-12-07').toBe(true);
    expect(list.find((a) => a.memberId === graduate.id)).toMatchObject({ scheme: 'graduate_traineeship', status: 'draft' });
    expect(list.some((a) => a.memberId === placement.id)).toBe(false);

    const detail = await t.call('agreements:get', { id: app?.id ?? 0 });
    expect(detail.reviews[0]?.state).toBe('done');
    expect(detail.versions[0]?.signatures.map((s) => s.role)).toEqual(['trainee', 'manager', 'provider']);

    const hints = agreementsAgendaHints(t.db, apprentice.id, '2026-11-23');
    expect(hints.map((h) => h.title)).toEqual(['Progress review due soon', 'Review the learning log together']);
    expect(overdueOrUpcomingReviews(t.db, '2026-11-23', 14)).toHaveLength(1);
  });
});
