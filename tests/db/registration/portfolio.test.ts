import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { revalidationsDue } from '../../../electron/main/domains/registration/views';
import { registrationAgendaHints } from '../../../electron/main/domains/registration/agenda';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { member } from '../skills/helpers';

/** CILIP's rules as the registration domain applies them (issue #17, #22); no sample team needed. */
describe('registration: criteria, portfolio checklist, routes, mentor register, revalidation', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const newJourney = async (level: 'certification' | 'chartership' | 'fellowship', extra: Record<string, unknown> = {}) => {
    const { id: memberId } = await t.call('team:create', member('Siân ap Dŵr'));
    return t.call('registration:createJourney', {
      memberId, level, kind: 'registration', stage: 'gathering_evidence', startedOn: '2026-06-01',
      mentorName: 'Łukasz Żółć', mentorContact: '', supportOfficer: '', regionalNetwork: '', plannedSubmissionOn: null, notes: '', ...extra,
    });
  };

  it('maps evidence to the three criteria only: "reflection" and "supporting" are refused', async () => {
    const j = await newJourney('fellowship');
    const base = { journeyId: j.id, title: 'Chairing the regional network', datedOn: null, location: '' };
    const ok = await t.call('registration:addEvidence', { ...base, criteria: ['personal', 'organisational', 'wider'] });
    expect(ok.evidence[0]?.criteria).toEqual(['personal', 'organisational', 'wider']);
    for (const bad of ['reflection', 'supporting']) {
      const before = t.checksum();
      expect(await t.fail('registration:addEvidence', { ...base, criteria: [bad] })).toMatchObject({ code: 'VALIDATION', field: 'criteria.0' });
      expect(t.checksum()).toBe(before);
    }
  });

  it("shows each level's portfolio checklist; Fellowship's letters of support are documents with who wrote them", async () => {
    const chartership = await newJourney('chartership');
    expect(chartership.portfolio.map((p) => p.item)).toContain('mentor_completion_form');
    expect(chartership.portfolio.map((p) => p.item)).not.toContain('letter_of_support_mentor');
    const fellowship = await newJourney('fellowship');
    expect(fellowship.portfolio.map((p) => p.label)).toEqual(expect.arrayContaining(['Letter of support from the mentor', 'Second letter of support']));
    expect(fellowship.portfolio.map((p) => p.item)).not.toContain('mentor_completion_form');

    const ticked = await t.call('registration:setPortfolioItem', {
      journeyId: fellowship.id, item: 'letter_of_support_mentor', done: true, note: 'Łukasz Żółć (mentor)',
    });
    expect(ticked.portfolio.find((p) => p.item === 'letter_of_support_mentor')).toMatchObject({ doneOn: '2026-11-23', note: 'Łukasz Żółć (mentor)' });
    const untick = await t.call('registration:setPortfolioItem', { journeyId: fellowship.id, item: 'letter_of_support_mentor', done: false, note: '' });
    expect(untick.portfolio.find((p) => p.item === 'letter_of_support_mentor')).toMatchObject({ doneOn: null });

    const before = t.checksum();
    expect(await t.fail('registration:setPortfolioItem', { journeyId: chartership.id, item: 'letter_of_support_second', done: true, note: '' }))
      .toMatchObject({ code: 'VALIDATION', field: 'item' });
    expect(await t.fail('registration:setPortfolioItem', { journeyId: fellowship.id, item: 'mentor_completion_form', done: true, note: '' }))
      .toMatchObject({ code: 'VALIDATION', field: 'item' });
    expect(t.checksum()).toBe(before);
  });

  it('hints on evidence volume but never blocks a submission', async () => {
    const j = await newJourney('certification');
    expect(j.evidenceHint).toMatch(/^0 evidence items so far\. CILIP sets no fixed number; 12–15 items is common advice\.$/);
    const moved = await t.call('registration:changeStage', { id: j.id, stage: 'portfolio_assembly', enteredOn: '2026-11-01', reason: '' });
    expect(moved.evidenceHint).toMatch(/^0 evidence items/);
    const submitted = await t.call('registration:changeStage', { id: j.id, stage: 'submitted', enteredOn: '2026-11-20', reason: '' });
    expect(submitted.stage).toBe('submitted');
    expect(submitted.evidenceHint).toBeNull();
  });

  it('offers the Knowledge Management Chartership route, and only at Chartership', async () => {
    const km = await newJourney('chartership', { route: 'knowledge_management' });
    expect(km.route).toBe('knowledge_management');
    // An update that leaves the route out keeps it.
    const edited = await t.call('registration:updateJourney', {
      id: km.id, changes: { mentorName: 'Łukasz Żółć', mentorContact: '', supportOfficer: '', regionalNetwork: '', plannedSubmissionOn: null, notes: 'KM route' },
    });
    expect(edited.route).toBe('knowledge_management');
    const { id: memberId } = await t.call('team:create', member('Ffion Hughes'));
    const before = t.checksum();
    expect(
      await t.fail('registration:createJourney', {
        memberId, level: 'fellowship', kind: 'registration', stage: 'enrolled', startedOn: '2026-06-01', route: 'knowledge_management',
        mentorName: '', mentorContact: '', supportOfficer: '', regionalNetwork: '', plannedSubmissionOn: null, notes: '',
      }),
    ).toMatchObject({ code: 'VALIDATION', field: 'route' });
    expect(t.checksum()).toBe(before);
  });

  it("records whether the mentor is on CILIP's mentor register and warns (without refusing) when not", async () => {
    const j = await newJourney('chartership');
    expect(j.mentorOnRegister).toBeNull();
    const details = { mentorName: 'Łukasz Żółć', mentorContact: '', supportOfficer: '', regionalNetwork: '', plannedSubmissionOn: null, notes: '' };
    const no = await t.call('registration:updateJourney', { id: j.id, changes: { ...details, mentorOnRegister: false } });
    expect(no.mentorOnRegister).toBe(false);
    expect(no.warnings.join(' ')).toMatch(/mentor register/);
    const yes = await t.call('registration:updateJourney', { id: j.id, changes: { ...details, mentorOnRegister: true } });
    expect(yes.mentorOnRegister).toBe(true);
    expect(yes.warnings.join(' ')).not.toMatch(/mentor register/);
    // Leaving the field out keeps what was recorded.
    const kept = await t.call('registration:updateJourney', { id: j.id, changes: details });
    expect(kept.mentorOnRegister).toBe(true);
  });

  it('marks revalidated with the three prompts only partly answered, and the next anniversary moves on everywhere', async () => {
    const { id: memberId } = await t.call('team:create', member('Siân ap Dŵr'));
    // Registered 13/12/2020: the anniversary is 20 days after today (23/11/2026).
    await t.call('registration:setRegistered', { memberId, level: 'chartership', registeredOn: '2020-12-13', lastRevalidatedOn: '2025-12-01' });
    for (const date of ['2026-03-01', '2026-06-01', '2026-10-01']) {
      await t.call('registration:addCpd', { memberId, date, activityType: 'course', hours: 7, title: 'Course', reflection: '', sections: [] });
    }
    const before = await t.call('registration:revalidation', { memberId });
    expect(before.registrations[0]).toMatchObject({ nextAnniversary: '2026-12-13', daysToAnniversary: 20 });
    expect(revalidationsDue(t.db, '2026-11-23', 90).map((r) => r.memberId)).toContain(memberId);

    await t.call('registration:saveRevalidationStatement', { memberId, personal: 'I now run the induction sessions and ask for feedback.', organisational: '', wider: '' });
    const view = await t.call('registration:revalidation', { memberId });
    expect(view).toMatchObject({ promptsAnswered: false, ready: true });
    const done = await t.call('registration:markRevalidated', { memberId, revalidatedOn: '2026-11-23' });
    expect(done.registrations[0]).toMatchObject({ lastRevalidatedOn: '2026-11-23', nextAnniversary: '2027-12-13', daysToAnniversary: 385 });
    const dash = await t.call('registration:dashboard', {});
    expect(dash.registered.find((r) => r.memberId === memberId)?.nextAnniversary).toBe('2027-12-13');
    expect(revalidationsDue(t.db, '2026-11-23', 90).map((r) => r.memberId)).not.toContain(memberId);
  });

  it('says when a revalidation anniversary passed without a revalidation, and suggests it for the one-to-one until it is recorded', async () => {
    const { id: memberId } = await t.call('team:create', member('Łukasz Żółć'));
    // Registered 01/06/2020, last revalidated 15/06/2025 (late, for the 2025 anniversary): 01/06/2026 went by with none.
    const rec = await t.call('registration:setRegistered', { memberId, level: 'chartership', registeredOn: '2020-06-01', lastRevalidatedOn: '2025-06-15' });
    expect(rec).toMatchObject({ nextAnniversary: '2027-06-01', missedAnniversary: '2026-06-01' });
    const dash = await t.call('registration:dashboard', {});
    expect(dash.registered.find((r) => r.memberId === memberId)?.missedAnniversary).toBe('2026-06-01');
    expect(registrationAgendaHints(t.db, memberId, '2026-11-23')).toEqual([
      expect.objectContaining({ key: `registration:revalidation-missed:${rec.id}:2026-06-01`, title: 'Revalidation overdue since 01/06/2026' }),
    ]);
    // Never revalidated since registering in 2020: overdue too. Registered this year: nothing is due yet.
    const never = await t.call('registration:setRegistered', { memberId, level: 'chartership', registeredOn: '2020-06-01', lastRevalidatedOn: null });
    expect(never.missedAnniversary).toBe('2026-06-01');
    const fresh = await t.call('registration:setRegistered', { memberId, level: 'chartership', registeredOn: '2026-06-01', lastRevalidatedOn: null });
    expect(fresh.missedAnniversary).toBeNull();
    // Recording the revalidation now covers it.
    await t.call('registration:setRegistered', { memberId, level: 'chartership', registeredOn: '2020-06-01', lastRevalidatedOn: '2025-06-15' });
    for (const date of ['2026-03-01', '2026-06-01', '2026-10-01']) {
      await t.call('registration:addCpd', { memberId, date, activityType: 'course', hours: 7, title: 'Course', reflection: '', sections: [] });
    }
    await t.call('registration:saveRevalidationStatement', { memberId, personal: 'Back on track with the catalogue project.', organisational: '', wider: '' });
    const done = await t.call('registration:markRevalidated', { memberId, revalidatedOn: '2026-11-23' });
    expect(done.registrations[0]).toMatchObject({ missedAnniversary: null, nextAnniversary: '2027-06-01' });
    expect(registrationAgendaHints(t.db, memberId, '2026-11-23')).toEqual([]);
  });

  it('refuses a CPD entry with a blank title, writing nothing; a blank reflection is accepted', async () => {
    const { id: memberId } = await t.call('team:create', member('Siân ap Dŵr'));
    const entry = { memberId, date: '2026-11-20', activityType: 'reading' as const, hours: 1, title: '  ', reflection: '', sections: [] };
    const before = t.checksum();
    expect(await t.fail('registration:addCpd', entry)).toMatchObject({ code: 'VALIDATION', field: 'title' });
    expect(t.checksum()).toBe(before);
    const saved = await t.call('registration:addCpd', { ...entry, title: 'Article on reader development' });
    expect(saved).toMatchObject({ title: 'Article on reader development', reflection: '' });
  });
});
