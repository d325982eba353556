import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { openDatabase } from '../../../electron/main/db/open';
import { externalAwardDeadlines } from '../../../electron/main/domains/recognition/deadlines';
import { SUGGESTED_AWARDS } from '../../../electron/main/domains/recognition/suggested-awards';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const local = { name: 'County Library Star', organiser: 'County Council', category: '', eligibility: '', url: '', windowOpens: '', windowCloses: '12-10' };

describe('external awards catalogue: sources, last checked, frequency, awards that may have ended', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: '2026-11-30T10:00:00.000Z' });
  });
  afterEach(() => t.close());

  it('ships Libraries Connected, the SLA\'s current awards, a biennial Sally Hernando and a possibly discontinued Libraries Change Lives, each with a source and a last-checked date', async () => {
    await t.call('recognition:addSuggestedAwards', {});
    const awards = await t.call('recognition:listAwards', {});
    const byName = new Map(awards.map((a) => [a.name, a]));
    expect(byName.get('Libraries Connected Awards')).toMatchObject({ organiser: 'Libraries Connected', windowCloses: '01-08', status: 'active' });
    expect(byName.get('Libraries Connected Awards')?.eligibility).toMatch(/public library service/);
    expect(awards.filter((a) => a.organiser === 'School Library Association').map((a) => a.name).sort()).toEqual([
      'Primary School Library of the Year (Peter Usborne award)',
      'Pupil Library Assistant of the Year',
      'Secondary School Librarian of the Year',
    ]);
    expect(byName.get('Sally Hernando Award for innovation in NHS library and knowledge services')).toMatchObject({ everyYears: 2, windowCloses: '03-09' });
    expect(byName.get('Libraries Change Lives Award')?.status).toBe('possibly_discontinued');
    for (const a of awards) {
      expect(a.source, a.name).toMatch(/^https:\/\//);
      expect(a.lastChecked, a.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('lets the manager mark an award checked today, or set the date, but not a date in the future', async () => {
    const award = await t.call('recognition:createAward', local);
    expect(award).toMatchObject({ source: '', lastChecked: null, everyYears: 1, status: 'active' });
    expect((await t.call('recognition:markAwardChecked', { id: award.id })).lastChecked).toBe('2026-11-30');
    const edited = await t.call('recognition:updateAward', { id: award.id, changes: { ...local, source: 'https://example.org/county-star', lastChecked: '2026-10-01' } });
    expect(edited).toMatchObject({ source: 'https://example.org/county-star', lastChecked: '2026-10-01' });
    const before = t.checksum();
    expect(await t.fail('recognition:updateAward', { id: award.id, changes: { ...local, lastChecked: '2026-12-01' } })).toMatchObject({ code: 'VALIDATION', field: 'lastChecked' });
    expect(await t.fail('recognition:updateAward', { id: award.id, changes: { ...local, source: 'the organiser said so' } })).toMatchObject({ code: 'VALIDATION', field: 'changes.source' });
    expect(t.checksum()).toBe(before);
  });

  it('reminds about a usual window with what to check for an award that does not run every year, and not at all for one that may have ended', async () => {
    const biennial = await t.call('recognition:createAward', { ...local, name: 'Every other year', everyYears: 2 });
    await t.call('recognition:createAward', { ...local, name: 'Perhaps ended', status: 'possibly_discontinued' });
    const reminders = externalAwardDeadlines(t.db, '2026-11-30', 30);
    expect(reminders.map((r) => r.awardName)).toEqual(['Every other year']);
    expect(reminders[0]).toMatchObject({ awardId: biennial.id, deadline: '2026-12-10', note: 'Runs every 2 years: check that a round is open this year.' });
  });
});

describe('migration 0008 on a catalogue from the earlier suggestions', () => {
  it('marks Libraries Change Lives as possibly discontinued, makes Sally Hernando biennial with a March window and records sources, keeping a manager\'s own window', () => {
    const db = openDatabase(':memory:', { migrateTo: 7 });
    const insert = db.prepare(`INSERT INTO external_awards (name, organiser, window_closes, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')`);
    insert.run('Libraries Change Lives Award', 'CILIP', '');
    insert.run('Sally Hernando Award for innovation in NHS library and knowledge services', 'HEE', '');
    insert.run('School Librarian of the Year', 'School Library Association', '11-05');
    insert.run('Local award', 'Council', '04-30');
    migrate(db, 8);
    const rows = db.prepare(`SELECT name, window_closes, source, every_years, status, last_checked FROM external_awards ORDER BY id`).all();
    expect(rows).toEqual([
      { name: 'Libraries Change Lives Award', window_closes: '', source: 'https://www.cilip.org.uk/page/LCLAPastWinnersandFinalists', every_years: 1, status: 'possibly_discontinued', last_checked: null },
      { name: 'Sally Hernando Award for innovation in NHS library and knowledge services', window_closes: '03-09', source: 'https://kfh.libraryservices.nhs.uk/category/quality-and-impact/', every_years: 2, status: 'active', last_checked: null },
      { name: 'School Librarian of the Year', window_closes: '11-05', source: 'https://www.sla.org.uk/awards', every_years: 1, status: 'active', last_checked: null },
      { name: 'Local award', window_closes: '04-30', source: '', every_years: 1, status: 'active', last_checked: null },
    ]);
    db.close();
  });

  it('every suggested award passes the contract', () => {
    expect(SUGGESTED_AWARDS.length).toBe(8);
  });
});

describe('migration 0008 on panel schemes from before named panels', () => {
  it('makes the current team members who voted in a panel scheme its panel; leavers and team-vote schemes are left out', () => {
    const db = openDatabase(':memory:', { migrateTo: 7 });
    const person = db.prepare(`INSERT INTO members (name, job_title, team, fte, employment_type, left_on, created_at, updated_at) VALUES (?, 'Librarian', 'Central', 1, 'permanent', ?, 'x', 'x')`);
    const [sian, lukasz, leaver, nominee] = [person.run('Siân ap Dŵr', null), person.run('Łukasz Żółć', null), person.run('Old Hand', '2026-01-31'), person.run('Ada Archer', null)].map((r) => Number(r.lastInsertRowid));
    const scheme = db.prepare(`INSERT INTO recognition_schemes (name, cadence, categories, allow_self_nomination, anonymous, cooldown_cycles, decided_by, tie_break, min_reason_length, created_at, updated_at)
      VALUES (?, 'monthly', '["Teamwork"]', 0, 0, 0, ?, 'manager', 0, 'x', 'x')`);
    const panelScheme = Number(scheme.run('Star of the month', 'panel').lastInsertRowid);
    const teamScheme = Number(scheme.run('Team pick', 'team_vote').lastInsertRowid);
    for (const [schemeId, voters] of [[panelScheme, [sian, lukasz, leaver]], [teamScheme, [sian, lukasz]]] as const) {
      const cycle = Number(db.prepare(`INSERT INTO recognition_cycles (scheme_id, label, period_start, period_end, status, created_at) VALUES (?, 'October 2026', '2026-10-01', '2026-10-31', 'shortlisted', 'x')`).run(schemeId).lastInsertRowid);
      const nomination = Number(db.prepare(`INSERT INTO recognition_nominations (cycle_id, nominee_id, nominator_kind, category, reason, nominated_on, created_at) VALUES (?, ?, 'manager', 'Teamwork', 'Covered the desk', '2026-10-10', 'x')`).run(cycle, nominee).lastInsertRowid);
      for (const v of voters) db.prepare(`INSERT INTO recognition_votes (cycle_id, voter_id, nomination_id, cast_at) VALUES (?, ?, ?, 'x')`).run(cycle, v, nomination);
    }
    migrate(db, 8);
    expect(db.prepare(`SELECT scheme_id, member_id FROM recognition_panel_members ORDER BY scheme_id, member_id`).all()).toEqual([
      { scheme_id: panelScheme, member_id: sian },
      { scheme_id: panelScheme, member_id: lukasz },
    ]);
    db.close();
  });
});
