import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { fillPack, type MemberAnswers } from '../../fixtures/member-pack/fill-pack';
import { member } from '../skills/helpers';

vi.mock('electron', () => ({}));

let t: TestApp;
let candidate: number;
let codes: string[];

beforeEach(async () => {
  t = await createTestApp({ sample: true });
  candidate = t.db.prepare<[], { id: number }>(`SELECT id FROM members WHERE job_title = 'Assistant Librarian'`).get()!.id;
  codes = t.db
    .prepare<[number], { code: string }>(
      `SELECT s.code FROM skills s JOIN skill_sections sec ON sec.id = s.section_id
       WHERE s.framework_id = (SELECT framework_id FROM skill_assessments WHERE member_id = ? ORDER BY assessed_on DESC LIMIT 1)
       AND s.retired_on IS NULL ORDER BY sec.position, s.position LIMIT 3`,
    )
    .all(candidate)
    .map((r) => r.code);
});
afterEach(() => t.close());

const answers = (): MemberAnswers => ({
  ratings: [
    { code: codes[0]!, current: 1, target: 3, comment: 'Catalogued the local studies donation' },
    { code: codes[1]!, current: 4, target: 4 },
  ],
  talkingPoints: [{ title: 'Time for the portfolio in December', detail: 'Two hours a fortnight slipped' }, { title: 'Łukasz Żółć’s shadowing offer' }],
  cpd: [
    { date: new Date('2026-11-10T00:00:00Z'), hours: 1.5, title: 'Webinar on research data', type: 'Online', area: '4', reflection: 'Useful for the RDM pilot' },
    { date: new Date('2026-11-17T00:00:00Z'), hours: 2, title: 'Read the Siân ap Dŵr report', type: 'Reading', area: '', reflection: '' },
  ],
});

async function exportPack() {
  const file = await t.call('memberPack:export', { memberId: candidate });
  expect(file.fileName).toMatch(/\.xlsx$/);
  return file.content;
}

describe('member pack', () => {
  it('is one workbook with a read-me first, the PKSB with drop-down levels, talking points with the meeting date, CPD and a hidden identity', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await exportPack(), 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Read me', 'PKSB', 'Talking points', 'CPD', 'Pack identity']);
    expect(String(wb.getWorksheet('Read me')!.getCell('A4').value)).toBe('What to fill in');
    const pksb = wb.getWorksheet('PKSB')!;
    expect(pksb.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: ['"0,1,2,3,4"'] });
    expect(pksb.getCell('G2').dataValidation).toMatchObject({ type: 'list' });
    // The member's last ratings come from the reassessment in the sample.
    expect(typeof pksb.getCell('D2').value).toBe('number');
    // The next one-to-one of the sample is two days after the clock (23/11/2026).
    expect(String(wb.getWorksheet('Talking points')!.getCell('A1').value)).toBe('For your one-to-one on 25/11/2026');
    expect(wb.getWorksheet('Pack identity')!.state).toBe('hidden');
  });

  it('says in plain words when no one-to-one is booked yet, on the read-me and the talking points', async () => {
    const { id } = await t.call('team:create', member('Siân ap Dŵr'));
    const file = await t.call('memberPack:export', { memberId: id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    expect(String(wb.getWorksheet('Talking points')!.getCell('A1').value)).toBe('For your next one-to-one (not booked yet)');
    expect(String(wb.getWorksheet('Read me')!.getCell('A2').value)).toBe('Sent on 23/11/2026. Next one-to-one: not booked yet.');
  });

  it('round trip: previews rows per sheet, writes what is accepted in one go, and a second import duplicates nothing', async () => {
    const filled = await fillPack(await exportPack(), answers());
    const input = { memberId: candidate, fileName: 'pack.xlsx', content: filled };
    const preview = await t.call('memberPack:preview', input);
    expect(preview.assessment.rows.map((r) => [r.code, r.current, r.target, r.errors])).toEqual([
      [codes[0], 1, 3, []],
      [codes[1], 4, 4, []],
    ]);
    expect(preview.agenda.rows.map((r) => r.title)).toEqual(['Time for the portfolio in December', 'Łukasz Żółć’s shadowing offer']);
    expect(preview.cpd.rows.map((r) => [r.date, r.hours, r.activityType, r.sections, r.errors])).toEqual([
      ['2026-11-10', 1.5, 'online', ['4'], []],
      ['2026-11-17', 2, 'reading', [], []],
    ]);

    const accepted = {
      ...input,
      assessment: true,
      agendaRows: preview.agenda.rows.map((r) => r.rowNumber),
      cpdRows: [preview.cpd.rows[0]!.rowNumber],
    };
    const result = await t.call('memberPack:accept', accepted);
    expect(result).toMatchObject({ agendaAdded: 2, cpdAdded: 1 });
    const a = t.db.prepare('SELECT self_assessed, shared FROM skill_assessments WHERE id = ?').get(result.assessmentId!);
    expect(a).toEqual({ self_assessed: 1, shared: 1 });
    const agenda = t.db.prepare(`SELECT title, raised_by FROM one_to_one_agenda_items WHERE meeting_id = ? AND raised_by = 'member'`).all(result.meetingId!);
    expect(agenda).toHaveLength(2);
    const hours = () => t.db.prepare<[number], { h: number }>('SELECT sum(hours) AS h FROM cpd_entries WHERE member_id = ? AND member_pack_id IS NOT NULL').get(candidate);
    expect(hours()?.h).toBe(1.5);

    // Importing the same pack again, now with both CPD rows: only the new row is written.
    const again = await t.call('memberPack:accept', { ...accepted, cpdRows: preview.cpd.rows.map((r) => r.rowNumber) });
    expect(again).toMatchObject({ assessmentId: null, agendaAdded: 0, cpdAdded: 1 });
    expect(hours()?.h).toBe(3.5);
    const after = await t.call('memberPack:preview', input);
    expect(after.assessment.alreadyImported).toBe(true);
    expect(after.agenda.rows.every((r) => r.alreadyImported)).toBe(true);
  });

  it('a row error names the row in words and nothing is written when it is accepted', async () => {
    const bad = answers();
    bad.cpd[0]!.hours = 1.1;
    bad.cpd[1]!.type = 'Knitting';
    const filled = await fillPack(await exportPack(), bad);
    const input = { memberId: candidate, fileName: 'pack.xlsx', content: filled };
    const preview = await t.call('memberPack:preview', input);
    expect(preview.cpd.rows[0]!.errors).toEqual(['hours must be in quarter-hour steps (0.25, 0.5, 0.75 …)']);
    expect(preview.cpd.rows[1]!.errors).toEqual(['"Knitting" is not one of the types in the list']);
    const before = t.checksum();
    const error = await t.fail('memberPack:accept', { ...input, assessment: true, agendaRows: [4], cpdRows: [2] });
    expect(error.message).toMatch(/^CPD, row 2: hours must be in quarter-hour steps/);
    expect(t.checksum()).toBe(before);
  });

  it('a CPD row dated after today is a problem of that row, as in the CPD log, and nothing is written when it is accepted', async () => {
    const early = answers();
    early.cpd[0]!.date = new Date('2027-01-01T00:00:00Z'); // the member typed next year by mistake
    const filled = await fillPack(await exportPack(), early);
    const input = { memberId: candidate, fileName: 'pack.xlsx', content: filled };
    const preview = await t.call('memberPack:preview', input);
    expect(preview.cpd.rows[0]!.errors).toEqual(['the date cannot be in the future for completed CPD']);
    expect(preview.cpd.rows[1]!.errors).toEqual([]);
    const before = t.checksum();
    const error = await t.fail('memberPack:accept', { ...input, assessment: false, agendaRows: [], cpdRows: [2] });
    expect(error.message).toMatch(/^CPD, row 2: the date cannot be in the future/);
    expect(t.checksum()).toBe(before);
    // The other row still imports on its own.
    expect(await t.call('memberPack:accept', { ...input, assessment: false, agendaRows: [], cpdRows: [3] })).toMatchObject({ cpdAdded: 1 });
  });

  it('a pack sent to someone else, an unknown pack and a file that is not a workbook are refused with nothing written', async () => {
    const filled = await fillPack(await exportPack(), answers());
    const other = t.db.prepare<[number], { id: number }>('SELECT id FROM members WHERE id <> ? LIMIT 1').get(candidate)!.id;
    const before = t.checksum();
    const foreign = await t.fail('memberPack:accept', { memberId: other, fileName: 'p.xlsx', content: filled, assessment: true, agendaRows: [], cpdRows: [] });
    expect(foreign.message).toMatch(/^This pack was sent to .+, not to /);
    t.db.prepare('DELETE FROM member_packs').run();
    const afterDelete = t.checksum();
    const unknown = await t.fail('memberPack:preview', { memberId: candidate, fileName: 'p.xlsx', content: filled });
    expect(unknown.message).toMatch(/not sent from this workbench/);
    const junk = await t.fail('memberPack:accept', {
      memberId: candidate, fileName: 'p.xlsx', content: Buffer.from('not a zip at all').toString('base64'), assessment: true, agendaRows: [], cpdRows: [],
    });
    expect(junk).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(t.checksum()).toBe(afterDelete);
    expect(before).not.toBe(afterDelete);
  });

  it('an older pack imports with a warning that a newer one was sent', async () => {
    const first = await exportPack();
    t.setNow('2026-11-23T11:00:00.000Z');
    await exportPack();
    const preview = await t.call('memberPack:preview', { memberId: candidate, fileName: 'p.xlsx', content: await fillPack(first, answers()) });
    expect(preview.pack.warnings[0]).toMatch(/A newer pack was sent/);
  });

  it('self-ratings and the manager’s view sit side by side; two levels apart becomes a suggested talking point', async () => {
    const filled = await fillPack(await exportPack(), answers());
    const result = await t.call('memberPack:accept', { memberId: candidate, fileName: 'p.xlsx', content: filled, assessment: true, agendaRows: [], cpdRows: [] });
    const id = result.assessmentId!;
    const skillId = (code: string) => t.db.prepare<[string, number], { id: number }>('SELECT s.id FROM skills s JOIN skill_assessments a ON a.framework_id = s.framework_id WHERE s.code = ? AND a.id = ?').get(code, id)!.id;
    await t.call('memberPack:setManagerView', { assessmentId: id, skillId: skillId(codes[0]!), level: 3 }); // self 1: two apart
    await t.call('memberPack:setManagerView', { assessmentId: id, skillId: skillId(codes[1]!), level: 3 }); // self 4: one apart
    expect(await t.call('memberPack:selfVsManager', { memberId: candidate })).not.toBeNull();
    const view = (await t.call('memberPack:selfVsManager', { memberId: candidate }))!;
    expect(view.selfAssessed).toBe(true);
    expect(view.rows.slice(0, 2).map((r) => [r.self, r.manager, r.difference])).toEqual([[1, 3, 2], [4, 3, -1]]);
    expect(view.talkingPoints.map((p) => p.skillId)).toEqual([skillId(codes[0]!)]);
    const next = t.db.prepare<[number], { id: number }>(`SELECT id FROM one_to_ones WHERE member_id = ? AND status = 'scheduled' ORDER BY scheduled_at DESC LIMIT 1`).get(candidate)!.id;
    const meeting = await t.call('oneToOnes:get', { id: next });
    const suggested = meeting.suggestions.filter((s) => s.title.startsWith('Ratings differ'));
    expect(suggested.map((s) => s.title)).toEqual([view.talkingPoints[0]!.title]);
    expect(suggested[0]!.detail).toMatch(/rated themself 1; your view is 3/);
    const err = await t.fail('memberPack:setManagerView', { assessmentId: id, skillId: skillId(codes[0]!), level: 7 });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'level' });
  });
});

describe('member pack: hostile files', () => {
  it('a pack with a value far outside the area an import reads is refused by the import worker, nothing written', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await fillPack(await exportPack(), answers()), 'base64') as unknown as ArrayBuffer);
    wb.getWorksheet('CPD')!.getCell('XFD1048576').value = 'x';
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const before = t.checksum();
    const error = await t.fail('memberPack:accept', { memberId: candidate, fileName: 'p.xlsx', content, assessment: true, agendaRows: [], cpdRows: [] });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(error.message).toMatch(/cell XFD1048576, outside the area an import reads/);
    expect(t.checksum()).toBe(before);
  });
});
