import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/open';
import { lookupAmong, plainlyValid } from '../../electron/main/domains/team/import';
import { createTeamRepo } from '../../electron/main/domains/team/repo';
import { EMPLOYMENT_TYPES, emptyMemberInput, memberInput, type MemberInput } from '../../shared/domains/team';
import { isoDateProblem, parseUkOrIsoDate } from '../../shared/dates';

// Each field is mostly a plain valid value and sometimes a doubtful one, so most drafts differ from a valid row in
// one or two fields: what a check that is looser than the schema in one place would let through.
const mostly = <T>(valid: fc.Arbitrary<T>, doubtful: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: doubtful, weight: 1 });
const text = (max: number, required = false) =>
  mostly(
    fc.constantFrom('Siân ap Dŵr', 'Łukasz Żółć', 'Central Library', 'x'.repeat(max), ...(required ? [] : [''])),
    fc.oneof(
      fc.constantFrom('', ' ', ' Łukasz Żółć', 'Kit\t', '=SUM(A1)', 'x'.repeat(max + 1), ` ${'y'.repeat(max)}`),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
  );
const email = mostly(
  fc.constantFrom('', 'ann@example.org', 'ANN@Example.ORG'),
  fc.oneof(
    fc.constantFrom(' ann@example.org', 'ann@', 'a b@example.org', 'ann@example', 'zoë@example.org', 'ann@exämple.org', `${'a'.repeat(250)}@x.org`),
    fc.emailAddress(),
    fc.string({ maxLength: 10 }),
  ),
);
const draft: fc.Arbitrary<MemberInput> = fc.record({
  name: text(200, true),
  preferredName: text(200),
  jobTitle: text(200, true),
  grade: text(50),
  team: text(120, true),
  fte: mostly(fc.constantFrom(1, 0.5, 0.01), fc.oneof(fc.constantFrom(0, 1.0000001, 2, -0.1, Number.NaN, Infinity), fc.double())),
  startDate: mostly(fc.constantFrom(null, '2024-02-29', '2026-11-23'), fc.oneof(fc.constantFrom('2023-02-29', '1899-12-31', '2024-13-01', '01/02/2024', ''), fc.string({ maxLength: 10 }))),
  lineManagerId: mostly(fc.constantFrom(null, 1, 42), fc.constantFrom(0, -3, 1.5, 2 ** 60)),
  employmentType: mostly(fc.constantFrom(...EMPLOYMENT_TYPES), fc.constantFrom('Permanent', 'contractor') as unknown as fc.Arbitrary<MemberInput['employmentType']>),
  cilipNumber: mostly(fc.constantFrom('', '123456', 'AB-12'), fc.oneof(fc.constantFrom('12 34', '1'.repeat(21), 'ab_1'), fc.string({ maxLength: 8 }))),
  email,
  notes: text(5000),
});

describe('team import: the quick row check', () => {
  it('never passes a row the member schema refuses, and gives back what the schema would (email lower-cased)', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const quick = plainlyValid(d);
        if (quick === null) return;
        const parsed = memberInput.safeParse(d);
        expect(parsed.success).toBe(true);
        expect(quick).toEqual(parsed.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('passes the ordinary rows of a staff list, so the schema is only asked about the doubtful ones', () => {
    const row = { ...emptyMemberInput, name: 'Siân ap Dŵr', jobTitle: 'Library Assistant', team: 'Cardiff Central', fte: 0.6, startDate: '2024-02-01', email: 'Sian@Example.org', cilipNumber: '012345' };
    expect(plainlyValid(row)).toEqual({ ...row, email: 'sian@example.org' });
  });
});

describe('team import: matching rows to people already on the team', () => {
  it('finds the same person as the email and CILIP number queries, leavers included, A–Z case folded as SQLite folds it', () => {
    const db = openDatabase(':memory:');
    const repo = createTeamRepo(db);
    const base = { ...emptyMemberInput, jobTitle: 'Librarian', team: 'Central' };
    repo.insert({ ...base, name: 'Łukasz Żółć', email: 'lukasz@example.org', cilipNumber: '' }, '2026-11-23T10:00:00Z');
    repo.insert({ ...base, name: 'Zoë Ðurić', email: 'zoë@example.org', cilipNumber: 'AB-12' }, '2026-11-23T10:00:00Z');
    const leaver = repo.insert({ ...base, name: 'Siân ap Dŵr', email: '', cilipNumber: '998877' }, '2026-11-23T10:00:00Z');
    repo.setLeftOn(leaver, '2026-10-01', '2026-11-23T10:00:00Z');
    const lookup = lookupAmong(repo.listIdentified());
    const emails = ['lukasz@example.org', 'LUKASZ@Example.ORG', 'zoë@example.org', 'ZOË@example.org', 'ZOë@EXAMPLE.org', 'nobody@example.org', ''];
    for (const e of emails) expect(lookup.byEmail(e)?.id ?? null, e).toBe(e === '' ? null : (repo.findByEmail(e)?.id ?? null));
    for (const c of ['AB-12', 'ab-12', '998877', '000', '']) expect(lookup.byCilipNumber(c)?.id ?? null, c).toBe(c === '' ? null : (repo.findByCilipNumber(c)?.id ?? null));
    expect(lookup.byCilipNumber('998877')?.name).toBe('Siân ap Dŵr');
    db.close();
  });

  it('skips the start-date check only for a date the row was just parsed into: every date parseUkOrIsoDate gives, the schema accepts', () => {
    const day = fc.integer({ min: 0, max: 35 });
    const month = fc.integer({ min: 0, max: 14 });
    const year = fc.integer({ min: 1850, max: 2250 });
    const uk = fc.tuple(day, month, year, fc.constantFrom('/', '.', '-')).map(([d, m, y, s]) => `${d}${s}${String(m).padStart(2, '0')}${s}${y}`);
    const iso = fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(uk, iso, fc.string({ maxLength: 12 })), (raw) => {
        const parsed = parseUkOrIsoDate(raw);
        return parsed === null || (isoDateProblem(parsed) === null && memberInput.shape.startDate.safeParse(parsed).success);
      }),
      { numRuns: 3000 },
    );
    expect(parseUkOrIsoDate('29/02/2028')).toBe('2028-02-29');
    expect(parseUkOrIsoDate('29/02/2027')).toBeNull();
  });
});
