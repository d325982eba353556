import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../../shared/domains/agreements';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';
import { completePlacement, versionOf } from './placement';

/**
 * A signed agreement stays in force while its next version is only a draft: the dates typed into
 * version 2 (not agreed by anyone yet) must not move the running placement's dates.
 */
let t: TestApp;
let signed: AgreementDetail;
const latest = (d: AgreementDetail) => versionOf(d);

beforeEach(async () => {
  t = await createTestApp({ sample: true });
  const student = await sampleMember(t, 'Placement Student');
  const draft = await t.call('agreements:create', { memberId: student.id, scheme: 'work_placement', startDate: '2026-11-02', endDate: '2027-01-22' });
  const content = completePlacement(latest(draft).content, { name: 'Łukasz Żółć', organisation: 'City University', visits: 'Mid-placement visit' });

  await t.call('agreements:updateDraft', { versionId: latest(draft).id, content });
  await t.call('agreements:markReady', { versionId: latest(draft).id });
  await t.call('agreements:sign', { versionId: latest(draft).id, role: 'trainee', name: 'Siân ap Dŵr', signedOn: '2026-11-02' });
  signed = await t.call('agreements:sign', { versionId: latest(draft).id, role: 'manager', name: 'Manager', signedOn: '2026-11-02' });
});
afterEach(() => t.close());

describe('the signed version stays in force while version 2 is a draft', () => {
  it('dates typed into an unsigned version 2 do not end, shorten or move the running agreement until it is signed', async () => {
    expect(signed.phase).toBe('running');
    const v2 = await t.call('agreements:newVersion', { agreementId: signed.id });
    // The manager drafts an earlier end (already passed) and a later start: nobody has agreed to either yet.
    const changed = { ...latest(v2).content, startDate: '2026-11-09', endDate: '2026-11-20' };
    const saved = await t.call('agreements:updateDraft', { versionId: latest(v2).id, content: changed });
    expect(latest(saved).content.endDate).toBe('2026-11-20');
    expect(saved).toMatchObject({ phase: 'running', startDate: '2026-11-02', endDate: '2027-01-22' });
    const [listed] = (await t.call('agreements:list', {})).filter((a) => a.id === signed.id);
    expect(listed).toMatchObject({ phase: 'running', startDate: '2026-11-02', endDate: '2027-01-22' });
    // The diary still runs on the signed dates: an entry on the first day is accepted.
    const logged = await t.call('agreements:addLogEntry', { agreementId: signed.id, date: '2026-11-02', did: 'Induction with Łukasz Żółć', learned: '', next: '' });
    expect(logged.logEntries.map((e) => e.date)).toEqual(['2026-11-02']);

    // Once version 2 is signed by everyone, its dates are the agreement's.
    await t.call('agreements:markReady', { versionId: latest(v2).id });
    await t.call('agreements:sign', { versionId: latest(v2).id, role: 'trainee', name: 'Siân ap Dŵr', signedOn: '2026-11-23' });
    const now = await t.call('agreements:sign', { versionId: latest(v2).id, role: 'manager', name: 'Manager', signedOn: '2026-11-23' });
    expect(now).toMatchObject({ phase: 'ended', startDate: '2026-11-09', endDate: '2026-11-20', signedVersion: 2 });
  });

  it('a version 2 with a new review interval lays out reviews from the day it is signed, never one already overdue', async () => {
    // Signed on 02/11 with reviews every 4 weeks: the first falls on 30/11 (today is 23/11).
    expect(signed.reviews.map((r) => r.dueOn)).toEqual(['2026-11-30', '2026-12-28', '2027-01-25'].filter((d) => d <= '2027-01-22'));
    const v2 = await t.call('agreements:newVersion', { agreementId: signed.id });
    await t.call('agreements:updateDraft', { versionId: latest(v2).id, content: { ...latest(v2).content, reviewEveryWeeks: 2 } });
    await t.call('agreements:markReady', { versionId: latest(v2).id });
    await t.call('agreements:sign', { versionId: latest(v2).id, role: 'trainee', name: 'Siân ap Dŵr', signedOn: '2026-11-23' });
    const now = await t.call('agreements:sign', { versionId: latest(v2).id, role: 'manager', name: 'Manager', signedOn: '2026-11-23' });
    // Every two weeks from the start would put a review on 16/11, a week before anyone agreed to the change.
    expect(now.reviews.map((r) => r.dueOn)).toEqual(['2026-11-30', '2026-12-14', '2026-12-28', '2027-01-11']);
    expect(now.overdueReviews).toBe(0);
  });

  it('a first draft, with nothing signed yet, still moves the agreement’s dates as it is edited', async () => {
    const student = await sampleMember(t, 'Graduate Trainee');
    const [existing] = await t.call('agreements:list', { memberId: student.id });
    const draft = await t.call('agreements:get', { id: existing?.id ?? 0 });
    const moved = await t.call('agreements:updateDraft', {
      versionId: latest(draft).id,
      content: { ...latest(draft).content, endDate: '2027-10-01' },
    });
    expect(moved).toMatchObject({ phase: 'draft', endDate: '2027-10-01' });
  });
});
