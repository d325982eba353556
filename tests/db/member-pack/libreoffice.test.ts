import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';

vi.mock('electron', () => ({}));

const FIXTURE = 'tests/fixtures/member-pack/returned-pack-libreoffice.xlsx';
let t: TestApp;
afterEach(() => t.close());
beforeEach(async () => {
  t = await createTestApp({ sample: true });
});

it('a pack saved by LibreOffice Calc imports: self-ratings, talking points and CPD hours (see the fixture README)', async () => {
  const content = fs.readFileSync(FIXTURE).toString('base64');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(FIXTURE) as unknown as ArrayBuffer);
  const packId = String(wb.getWorksheet('Pack identity')!.getCell('B1').value);
  const candidate = t.db.prepare<[], { id: number }>(`SELECT id FROM members WHERE job_title = 'Assistant Librarian'`).get()!.id;
  const framework = t.db.prepare<[number], { f: number }>('SELECT framework_id AS f FROM skill_assessments WHERE member_id = ? ORDER BY assessed_on DESC LIMIT 1').get(candidate)!.f;
  // As the workbench that sent the pack recorded it.
  t.db.prepare(`INSERT INTO member_packs (id, member_id, framework_id, meeting_id, sent_on, created_at) VALUES (?, ?, ?, NULL, '2026-11-23', '2026-11-23T10:00:00.000Z')`).run(packId, candidate, framework);

  const input = { memberId: candidate, fileName: 'returned.xlsx', content };
  const preview = await t.call('memberPack:preview', input);
  expect(preview.assessment.rows.map((r) => [r.code, r.current, r.target, r.relevant, r.notes, r.errors])).toEqual([
    ['EV.1', 1, 3, true, 'Catalogued the local studies donation', []],
    ['EV.2', 4, 4, false, '', []],
  ]);
  expect(preview.agenda.rows.map((r) => r.title)).toEqual(['Time for the portfolio in December', 'Łukasz Żółć’s shadowing offer']);
  expect(preview.cpd.rows.map((r) => [r.date, r.hours, r.activityType, r.sections, r.title, r.errors])).toEqual([
    ['2026-11-10', 1.5, 'online', ['4'], 'Webinar on research data', []],
    ['2026-11-17', 2, 'reading', [], 'Read the Siân ap Dŵr report', []],
  ]);
  const result = await t.call('memberPack:accept', {
    ...input, assessment: true, agendaRows: preview.agenda.rows.map((r) => r.rowNumber), cpdRows: preview.cpd.rows.map((r) => r.rowNumber),
  });
  expect(result).toMatchObject({ agendaAdded: 2, cpdAdded: 2 });
  const ratings = await t.call('skills:getAssessment', { id: result.assessmentId! });
  expect(ratings.sections!.flatMap((s) => s.skills).filter((k) => k.current !== null).map((k) => [k.code, k.current, k.relevant])).toEqual([
    ['EV.1', 1, true],
    ['EV.2', 4, false],
  ]);
});
