import { afterEach, describe, expect, it } from 'vitest';
import { agreementsAgendaHints, overdueOrUpcomingReviews } from '../../../electron/main/domains/agreements/agenda';
import { agreementsAttention } from '../../../electron/main/domains/agreements/attention';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

let t: TestApp;
afterEach(() => t?.close());

describe('agreements sample story', () => {
  it('has a signed apprenticeship under the August 2025 rule, behind after an empty month, a draft traineeship and no placement agreement', async () => {
    t = await createTestApp({ sample: true });
    const list = await t.call('agreements:list', {});
    const apprentice = await sampleMember(t, 'Level 3 apprentice');
    const graduate = await sampleMember(t, 'Graduate Trainee');
    const placement = await sampleMember(t, 'Placement Student');
    const app = list.find((a) => a.memberId === apprentice.id);
    expect(app).toMatchObject({ scheme: 'apprenticeship', status: 'signed', signedVersion: 1, overdueReviews: 0 });
    expect(app?.otj?.status).toBe('behind');
    expect(app?.otj?.shortfall).toBeGreaterThan(0);
    expect(app?.otj?.shortfall).toBeLessThanOrEqual(40);
    // Started after 1 August 2025: the standard's minimum, named on screen.
    expect(app?.otj?.ruleName).toBe('England, apprenticeships starting from 1 August 2025');
    expect(app?.otjPlan).toMatchObject({ ruleId: 'england-2025', totalHours: 420, problems: [] });
    expect(app?.phase).toBe('running');
    expect(app?.nextReviewDue && app.nextReviewDue > '2026-11-23' && app.nextReviewDue <= '2026-12-07').toBe(true);
    expect(list.find((a) => a.memberId === graduate.id)).toMatchObject({ scheme: 'graduate_traineeship', status: 'draft', phase: 'draft' });
    expect(list.some((a) => a.memberId === placement.id)).toBe(false);

    const detail = await t.call('agreements:get', { id: app?.id ?? 0 });
    expect(detail.reviews[0]?.state).toBe('done');
    expect(detail.versions[0]?.signatures.map((s) => s.role)).toEqual(['trainee', 'manager', 'provider']);

    const hints = agreementsAgendaHints(t.db, apprentice.id, '2026-11-23');
    expect(hints.map((h) => h.title)).toEqual(['Progress review due soon', 'Review the learning log together']);
    expect(overdueOrUpcomingReviews(t.db, '2026-11-23', 14)).toHaveLength(1);

    // No off-the-job training in September 2026: the dashboard asks about it.
    expect(agreementsAttention(t.db, '2026-11-23')).toEqual([
      expect.objectContaining({ kind: 'trainee-otj', title: `${apprentice.name}: no off-the-job training recorded in September 2026`, link: `/agreements/${app?.id}/otj` }),
    ]);
  });
});
