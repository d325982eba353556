import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

describe('registration journeys', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  const expectRefused = async (channel: string, input: unknown, field: string, code = 'VALIDATION') => {
    const before = t.checksum();
    const error = await t.fail(channel, input);
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(t.checksum()).toBe(before);
    return error;
  };

  const candidateJourney = async () => {
    const candidate = await sampleMember(t, 'Assistant Librarian');
    const [summary] = await t.call('registration:memberJourneys', { memberId: candidate.id });
    if (!summary) throw new Error('sample candidate has no journey');
    return t.call('registration:journey', { id: summary.id });
  };

  it('shows the sample candidate as stalled first on the dashboard, with counts by level and stage', async () => {
    const dash = await t.call('registration:dashboard', {});
    expect(dash.driftWeeks).toBe(12);
    expect(dash.journeys[0]).toMatchObject({ level: 'chartership', stage: 'gathering_evidence', drift: { stalled: true, daysSince: 140 } });
    expect(dash.journeys.filter((j) => j.drift.stalled)).toHaveLength(1);
    expect(dash.counts).toEqual(
      expect.arrayContaining([
        { level: 'chartership', stage: 'gathering_evidence', count: 1 },
        { level: 'certification', stage: 'enrolled', count: 1 },
      ]),
    );
    const clinical = dash.registered.find((r) => r.daysToAnniversary === 20);
    expect(clinical).toMatchObject({ level: 'chartership', cpdHours12m: 12.5 });
  });

  it('a stage change ends the drift and is kept in the dated history', async () => {
    const j = await candidateJourney();
    const moved = await t.call('registration:changeStage', { id: j.id, stage: 'portfolio_assembly', enteredOn: '2026-11-23', reason: '' });
    expect(moved.stage).toBe('portfolio_assembly');
    expect(moved.drift).toMatchObject({ stalled: false, daysSince: 0 });
    expect(moved.history.map((h) => h.stage)).toEqual([
      'joined', 'enrolled', 'mentor_agreed', 'initial_pksb', 'gathering_evidence', 'portfolio_assembly',
    ]);
    expect(t.events).toContain('registration:changed');
    const dash = await t.call('registration:dashboard', {});
    expect(dash.journeys.some((x) => x.drift.stalled)).toBe(false);
  });

  it('logged CPD, new evidence and statement edits all count as activity', async () => {
    const j = await candidateJourney();
    const withEvidence = await t.call('registration:addEvidence', {
      journeyId: j.id, title: 'Reflective blog post on the enquiry desk', datedOn: '2026-11-01', location: '', criteria: ['personal'],
    });
    expect(withEvidence.drift.stalled).toBe(false);
    expect(withEvidence.evidence.map((e) => e.title)).toContain('Reflective blog post on the enquiry desk');

    t.setNow('2027-02-15T10:00:00.000Z'); // 84 days later: stalled again
    expect((await t.call('registration:journey', { id: j.id })).drift).toMatchObject({ stalled: true, daysSince: 84 });
    const edited = await t.call('registration:saveStatement', { id: j.id, statement: 'My evaluative statement begins.' });
    expect(edited).toMatchObject({ statementWords: 4, statementUpdatedOn: '2027-02-15', drift: { stalled: false } });

    t.setNow('2027-06-01T10:00:00.000Z');
    expect((await t.call('registration:journey', { id: j.id })).drift.stalled).toBe(true);
    await t.call('registration:addCpd', {
      memberId: j.memberId, date: '2027-05-30', activityType: 'reading', hours: 1, title: 'Reading on outreach', reflection: '', sections: [],
    });
    expect((await t.call('registration:journey', { id: j.id })).drift.stalled).toBe(false);
  });

  it('uses the drift setting and validates it', async () => {
    const j = await candidateJourney();
    await t.call('registration:updateSettings', { driftWeeks: 21 });
    expect((await t.call('registration:journey', { id: j.id })).drift.stalled).toBe(false);
    expect((await t.call('registration:settings', {})).driftWeeks).toBe(21);
    await expectRefused('registration:updateSettings', { driftWeeks: 0 }, 'driftWeeks');
    await expectRefused('registration:updateSettings', { driftWeeks: 105 }, 'driftWeeks');
    await expectRefused('registration:updateSettings', { driftWeeks: 2.5 }, 'driftWeeks');
  });

  it('refuses a backwards move without a reason, a future or earlier date, and the same stage', async () => {
    const j = await candidateJourney();
    await expectRefused('registration:changeStage', { id: j.id, stage: 'enrolled', enteredOn: '2026-11-23', reason: '' }, 'reason');
    await expectRefused('registration:changeStage', { id: j.id, stage: 'portfolio_assembly', enteredOn: '2026-11-24', reason: '' }, 'enteredOn');
    await expectRefused('registration:changeStage', { id: j.id, stage: 'portfolio_assembly', enteredOn: '2025-01-01', reason: '' }, 'enteredOn');
    await expectRefused('registration:changeStage', { id: j.id, stage: 'gathering_evidence', enteredOn: '2026-11-23', reason: '' }, 'stage', 'CONFLICT');
    await expectRefused('registration:changeStage', { id: j.id, stage: 'finished', enteredOn: '2026-11-23', reason: '' }, 'stage');
    const back = await t.call('registration:changeStage', {
      id: j.id, stage: 'initial_pksb', enteredOn: '2026-11-23', reason: 'Redoing the PKSB after a change of role',
    });
    expect(back.history.at(-1)).toMatchObject({ stage: 'initial_pksb', reason: 'Redoing the PKSB after a change of role' });
  });

  it('refuses submission while the evaluative statement is over 1,000 words', async () => {
    const j = await candidateJourney();
    await t.call('registration:saveStatement', { id: j.id, statement: Array.from({ length: 1001 }, () => 'word').join(' ') });
    const error = await expectRefused('registration:changeStage', { id: j.id, stage: 'submitted', enteredOn: '2026-11-23', reason: '' }, 'statement');
    expect(error.message).toContain('1001');
    await t.call('registration:saveStatement', { id: j.id, statement: Array.from({ length: 1000 }, () => 'word').join(' ') });
    expect((await t.call('registration:changeStage', { id: j.id, stage: 'submitted', enteredOn: '2026-11-23', reason: '' })).stage).toBe('submitted');
  });

  it('an award registers the member, who then appears with their anniversary', async () => {
    const trainee = await sampleMember(t, 'Graduate Trainee');
    const [summary] = await t.call('registration:memberJourneys', { memberId: trainee.id });
    if (!summary) throw new Error('no journey');
    await t.call('registration:changeStage', { id: summary.id, stage: 'awarded', enteredOn: '2026-11-20', reason: '' });
    const dash = await t.call('registration:dashboard', {});
    expect(dash.journeys.find((j) => j.id === summary.id)).toBeUndefined();
    expect(dash.registered.find((r) => r.memberId === trainee.id)).toMatchObject({
      level: 'certification', registeredOn: '2026-11-20', nextAnniversary: '2027-11-20', daysToAnniversary: 362,
    });
  });

  it('warns (without refusing) when the mentor is the line manager', async () => {
    const j = await candidateJourney();
    const manager = await sampleMember(t, 'Library Services Manager');
    const updated = await t.call('registration:updateJourney', {
      id: j.id,
      changes: { mentorName: manager.name, mentorContact: '', supportOfficer: '', regionalNetwork: '', plannedSubmissionOn: null, notes: '' },
    });
    expect(updated.mentorName).toBe(manager.name);
    expect(updated.warnings.join(' ')).toMatch(/line manager/);
    expect(j.warnings).toEqual([]);
  });

  it('creates a journey and refuses one for an unknown member or starting in the future', async () => {
    const systems = await sampleMember(t, 'Systems and Metadata');
    const base = {
      memberId: systems.id, level: 'chartership', kind: 'registration', stage: 'enrolled', startedOn: '2026-11-01',
      mentorName: '', mentorContact: '', supportOfficer: '', regionalNetwork: '', plannedSubmissionOn: null, notes: '',
    } as const;
    const created = await t.call('registration:createJourney', base);
    expect(created).toMatchObject({ stage: 'enrolled', daysInStage: 22, history: [{ stage: 'enrolled', enteredOn: '2026-11-01' }] });
    await expectRefused('registration:createJourney', { ...base, memberId: 9999 }, 'memberId', 'NOT_FOUND');
    await expectRefused('registration:createJourney', { ...base, startedOn: '2026-12-01' }, 'startedOn');
    await expectRefused('registration:createJourney', { ...base, level: 'master' }, 'level');
  });

  it('leaves archived members off the dashboard but keeps their journey; deleting a journey removes its history', async () => {
    const j = await candidateJourney();
    await t.call('team:archive', { id: j.memberId, leftOn: '2026-11-20' });
    const dash = await t.call('registration:dashboard', {});
    expect(dash.journeys.find((x) => x.id === j.id)).toBeUndefined();
    expect(dash.counts.find((c) => c.stage === 'gathering_evidence')).toBeUndefined();
    expect(await t.call('registration:memberJourneys', { memberId: j.memberId })).toHaveLength(1);
    await t.call('registration:deleteJourney', { id: j.id });
    expect(t.db.prepare('SELECT count(*) AS n FROM registration_stage_events WHERE journey_id = ?').get(j.id)).toEqual({ n: 0 });
    await expectRefused('registration:journey', { id: j.id }, 'id', 'NOT_FOUND');
  });

  it('reads the dashboard with indexes rather than scanning the CPD log', () => {
    const plans = [
      `SELECT max(c.done_on) FROM cpd_entries c WHERE c.member_id = 1 AND c.done_on <= '2026-11-23'`,
      `SELECT sum(c.hours) FROM cpd_entries c WHERE c.member_id = 1 AND c.done_on BETWEEN '2025-11-24' AND '2026-11-23'`,
      `SELECT max(e.added_on) FROM registration_evidence e WHERE e.journey_id = 1`,
      `SELECT id FROM registration_journeys WHERE member_id = 1`,
    ].map((sql) => (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | '));
    for (const plan of plans) {
      expect(plan).not.toMatch(/SCAN (c|e|cpd_entries|registration_evidence|registration_journeys)\b/);
      expect(plan).toMatch(/USING (COVERING )?INDEX/);
    }
  });
});
