import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMemberInput } from '../../shared/domains/team';
import { createTestApp, type TestApp } from '../helpers/test-app';

describe('home dashboard', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  it('ranks what needs attention for the sample team, most urgent first, each with a link', async () => {
    const { items, hidden } = await t.call('dashboard:attention', {});
    expect(hidden).toBe(0);
    const kinds = new Set(items.map((i) => i.kind));
    for (const kind of ['stalled-registration', 'trainee-review', 'revalidation', 'one-to-one'] as const) expect(kinds).toContain(kind);
    expect(items.map((i) => i.urgency)).toEqual([...items.map((i) => i.urgency)].sort((a, b) => a - b));
    for (const item of items) expect(item.link).toMatch(/^\/[a-z-]+/);
    const stalled = items.find((i) => i.kind === 'stalled-registration');
    expect(stalled?.title).toMatch(/Chartership has stalled/);
  });

  it('keeps what went by undone at the top: a revalidation anniversary missed, and a planned external nomination past its deadline', async () => {
    const { id: memberId } = await t.call('team:create', { ...emptyMemberInput, name: 'Łukasz Żółć', jobTitle: 'Bibliotekarz', team: 'Żoliborz' });
    // Registered 01/06/2020, last revalidated 15/06/2025: 01/06/2026 went by with none (the next is a year off).
    await t.call('registration:setRegistered', { memberId, level: 'chartership', registeredOn: '2020-06-01', lastRevalidatedOn: '2025-06-15' });
    const award = await t.call('recognition:createAward', {
      name: 'Gwobr Llyfrgell y Flwyddyn', organiser: 'CILIP Cymru', category: '', eligibility: '', url: '', windowOpens: '', windowCloses: '',
    });
    await t.call('recognition:createAwardNomination', { awardId: award.id, memberId, year: 2026, deadline: '2026-11-20', status: 'planned', submittedOn: null, notes: '' });
    const { items } = await t.call('dashboard:attention', {});
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'revalidation', title: 'Łukasz Żółć: revalidation overdue since 01/06/2026', urgency: 1, link: `/registration/members/${memberId}/cpd` }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'award-deadline', title: 'Gwobr Llyfrgell y Flwyddyn: deadline passed 3 days ago, still marked Planned', urgency: 1 }),
    );
  });

  it('remembers a dismissal, and a snooze only until its date', async () => {
    // Keys carry state (a deadline's 30/7-day band…); these two stay the same for a week.
    const { items } = await t.call('dashboard:attention', {});
    const first = items.find((i) => i.kind === 'coverage');
    const second = items.find((i) => i.kind === 'stalled-registration');
    if (!first || !second) throw new Error('expected a coverage and a stalled-registration item');
    await t.call('dashboard:dismiss', { key: first.key, until: null });
    const snoozed = await t.call('dashboard:dismiss', { key: second.key, until: '2026-11-30' });
    expect(snoozed.items.map((i) => i.key)).not.toContain(first.key);
    expect(snoozed.items.map((i) => i.key)).not.toContain(second.key);
    expect(snoozed.hidden).toBe(2);
    t.setNow('2026-11-30T09:00:00Z');
    const later = await t.call('dashboard:attention', {});
    expect(later.items.map((i) => i.key)).not.toContain(first.key);
    expect(later.items.map((i) => i.key)).toContain(second.key);
    expect((await t.call('dashboard:restoreDismissed', {})).items.map((i) => i.key)).toContain(first.key);
  });

  it('announces each urgent item once', async () => {
    const alerts = await t.call('dashboard:takeAlerts', {});
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.every((a) => a.urgency <= 2)).toBe(true);
    expect(await t.call('dashboard:takeAlerts', {})).toEqual([]);
  });

  it('the desktop shows one OS notification for all the items that became urgent together, not one each', async () => {
    const shown: { title: string; body: string }[] = [];
    const d = await createTestApp({ sample: true, notify: (title, body) => shown.push({ title, body }) });
    const alerts = await d.call('dashboard:takeAlerts', {});
    expect(alerts.length).toBeGreaterThan(1);
    expect(shown).toEqual([{ title: `${alerts.length} items need attention`, body: expect.stringContaining(alerts[0]?.title ?? '?') }]);
    await d.call('dashboard:takeAlerts', {});
    expect(shown).toHaveLength(1);
    d.close();
  });

  it('summarises skills, the registration pipeline, CPD hours and recognition for the charts', async () => {
    const charts = await t.call('dashboard:charts', {});
    expect(charts.skills.sections.length).toBeGreaterThan(10);
    expect(charts.skills.sections.some((s) => s.average !== null)).toBe(true);
    expect(charts.pipeline.reduce((n, r) => n + r.chartership, 0)).toBeGreaterThanOrEqual(1);
    expect(charts.cpd).toHaveLength(12);
    expect(charts.recognition).toHaveLength(12);
    expect(charts.recognition.at(-1)?.month).toBe('2026-11');
    expect(charts.recognition.reduce((n, r) => n + r.wins, 0)).toBeGreaterThan(3);
  });

  it('rejects a dismissal with no key, naming the field, and writes nothing', async () => {
    const before = t.checksum();
    expect(await t.fail('dashboard:dismiss', { key: ' ', until: null })).toMatchObject({ code: 'VALIDATION', field: 'key' });
    expect(t.checksum()).toBe(before);
  });
});
