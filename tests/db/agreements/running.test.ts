import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overdueOrUpcomingReviews } from '../../../electron/main/domains/agreements/agenda';
import { addDays } from '../../../shared/dates';
import type { AgreementSummary } from '../../../shared/domains/agreements';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let apprenticeship: AgreementSummary;
beforeEach(async () => {
  t = await createTestApp({ sample: true });
  const apprentice = await sampleMember(t, 'Level 3 apprentice');
  const list = await t.call('agreements:list', { memberId: apprentice.id });
  apprenticeship = list[0] as AgreementSummary;
});
afterEach(() => t.close());

describe('running an apprenticeship', () => {
  it('logging off-the-job hours brings the apprentice back on track', async () => {
    expect(apprenticeship.otj?.status).toBe('behind');
    const shortfall = apprenticeship.otj?.shortfall ?? 0;
    // A catch-up study block over two days.
    await t.call('agreements:addOtj', {
      agreementId: apprenticeship.id, date: '2026-11-19', hours: shortfall / 2, activity: 'Study block: classification', outcome: 'Catalogue new stock',
    });
    const after = await t.call('agreements:addOtj', {
      agreementId: apprenticeship.id, date: '2026-11-20', hours: shortfall / 2, activity: 'Workshop: subject indexing', outcome: 'Catalogue new stock',
    });
    expect(after.otj).toMatchObject({ status: 'on_track', shortfall: 0 });
    expect(after.otjEntries[0]).toMatchObject({ date: '2026-11-20', activity: 'Workshop: subject indexing' });
  });

  it('refuses off-the-job entries outside the agreement dates or in the future, writing nothing', async () => {
    const before = t.checksum();
    for (const date of ['2020-01-01', '2026-11-30']) {
      const e = await t.fail('agreements:addOtj', { agreementId: apprenticeship.id, date, hours: 2, activity: 'x', outcome: '' });
      expect(e).toMatchObject({ code: 'VALIDATION', field: 'date' });
    }
    const hours = await t.fail('agreements:addOtj', { agreementId: apprenticeship.id, date: '2026-11-20', hours: 25, activity: 'x', outcome: '' });
    expect(hours).toMatchObject({ code: 'VALIDATION', field: 'hours' });
    expect(t.checksum()).toBe(before);
  });

  it('flags the next review overdue once its date passes, and clears it after three-way sign-off', async () => {
    const due = apprenticeship.nextReviewDue ?? '';
    expect(overdueOrUpcomingReviews(t.db, '2026-11-23', 14).map((r) => r.overdue)).toEqual([false]);
    t.setNow(`${addDays(due, 1)}T10:00:00.000Z`);
    const later = await t.call('agreements:get', { id: apprenticeship.id });
    expect(later.overdueReviews).toBe(1);
    const review = later.reviews.find((r) => r.dueOn === due);
    if (!review) throw new Error('no review');
    expect(review.state).toBe('overdue');
    const heldOn = addDays(due, 1);
    const unsigned = await t.fail('agreements:signReview', { reviewId: review.id, role: 'trainee', signedOn: heldOn });
    expect(unsigned.field).toBe('reviewId');
    await t.call('agreements:recordReview', { reviewId: review.id, heldOn, notes: 'Good progress.' });
    await t.call('agreements:signReview', { reviewId: review.id, role: 'trainee', signedOn: heldOn });
    await t.call('agreements:signReview', { reviewId: review.id, role: 'manager', signedOn: heldOn });
    const stillOpen = await t.call('agreements:get', { id: apprenticeship.id });
    expect(stillOpen.overdueReviews).toBe(1);
    const done = await t.call('agreements:signReview', { reviewId: review.id, role: 'provider', signedOn: heldOn });
    expect(done.overdueReviews).toBe(0);
    expect(done.reviews.find((r) => r.id === review.id)).toMatchObject({ state: 'done', completedOn: heldOn });
  });

  it('keeps a learning log reviewed in one-to-ones, and visits from external contacts', async () => {
    const d = await t.call('agreements:get', { id: apprenticeship.id });
    const entry = d.logEntries.find((e) => e.reviewedOn === null);
    if (!entry) throw new Error('no unreviewed entry');
    const reviewed = await t.call('agreements:reviewLogEntry', { id: entry.id });
    expect(reviewed.logEntries.find((e) => e.id === entry.id)?.reviewedOn).toBe('2026-11-23');
    const visit = await t.call('agreements:addVisit', {
      agreementId: apprenticeship.id, date: '2026-12-10', contact: 'Jo Marsh', purpose: 'Progress review', notes: '',
    });
    expect(visit.visits[0]).toMatchObject({ date: '2026-12-10', purpose: 'Progress review' });
  });

  it('answers the open-reviews question from an index, not a table scan', () => {
    const plan = t.db
      .prepare(`EXPLAIN QUERY PLAN SELECT r.id FROM agreement_reviews r JOIN agreements a ON a.id = r.agreement_id
        WHERE r.completed_on IS NULL AND r.due_on <= '2026-12-07'`)
      .all() as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/agreement_reviews_open_by_due/);
    expect(details).not.toMatch(/SCAN r\b/);
  });
});
