import { formatUkDate } from '../../../../shared/dates';
import { CPD_HEADERS, PACK_SHEETS, PKSB_HEADERS, TALKING_POINT_HEADERS } from '../../../../shared/domains/member-pack';
import { CPD_TYPE_LABELS, CPD_TYPES } from '../../../../shared/domains/registration-cpd';
import { neutraliseFormula } from '../../lib/tabular';
import type { PackSkillRow } from './repo';

export interface PackContent {
  packId: string;
  memberId: number;
  memberName: string;
  framework: { id: number; name: string; version: string } | null;
  skills: PackSkillRow[];
  sections: { code: string; name: string }[];
  meetingOn: string | null;
  sentOn: string;
  maxLevel: number;
}

/** Rows the member can fill on the CPD and talking-points sheets (validation lists cover them). */
const BLANK_ROWS = 30;

const text = (v: string) => neutraliseFormula(v);

/**
 * Writes the member pack workbook. exceljs loads on first use (as pdf-lib does for PDFs), so the main
 * process does not carry it until a pack is sent. Every value from the database is written as text or a
 * number, never as a formula.
 */
export async function writePackWorkbook(p: PackContent): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Staff Development Workbench';
  wb.created = new Date(`${p.sentOn}T00:00:00Z`);
  wb.modified = wb.created;
  const levels = Array.from({ length: p.maxLevel + 1 }, (_v, i) => String(i)).join(',');
  const meeting = p.meetingOn ? formatUkDate(p.meetingOn) : 'not booked yet';

  const readMe = wb.addWorksheet(PACK_SHEETS.readMe);
  readMe.getColumn(1).width = 100;
  const lines = [
    `Development pack for ${p.memberName}`,
    `Sent on ${formatUkDate(p.sentOn)}. Next one-to-one: ${meeting}.`,
    '',
    'What to fill in',
    `1. "${PACK_SHEETS.pksb}" sheet: for each skill, choose your current level and the level you are aiming for (0 = no knowledge … ${p.maxLevel} = expert) from the drop-down lists. The "Last" columns show your last assessment. Say whether the skill matters in your role, and add evidence or a comment if you like. Leave a skill blank to skip it.`,
    `2. "${PACK_SHEETS.talkingPoints}" sheet: anything you want to talk about at your next one-to-one (${meeting}), one per row.`,
    `3. "${PACK_SHEETS.cpd}" sheet: development you have done: the date, the hours (in quarter hours, e.g. 1.5), a title, the type (from the list), the PKSB area(s) it relates to (codes such as 4 or 9, separated by commas) and what you took from it.`,
    '',
    'How to send it back',
    'Save the file (keep it as .xlsx, keep the sheet names and headings) and email it back to your manager. They will see what you wrote before anything is recorded.',
    '',
    'Please do not rename, add or delete sheets.',
  ];
  lines.forEach((line, i) => {
    const cell = readMe.getCell(i + 1, 1);
    cell.value = text(line);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0 || line === 'What to fill in' || line === 'How to send it back') cell.font = { bold: true, size: i === 0 ? 14 : 12 };
  });

  const pksb = wb.addWorksheet(PACK_SHEETS.pksb, { views: [{ state: 'frozen', ySplit: 1 }] });
  pksb.addRow([...PKSB_HEADERS]).font = { bold: true };
  [28, 10, 50, 12, 12, 14, 14, 18, 50].forEach((w, i) => (pksb.getColumn(i + 1).width = w));
  for (const s of p.skills) {
    pksb.addRow([text(`${s.section_code} ${s.section_name}`), text(s.code), text(s.title), s.current, s.target, null, null, s.relevant ? 'Yes' : 'No', '']);
  }
  const lastPksb = Math.max(2, p.skills.length + 1);
  for (let row = 2; row <= lastPksb; row += 1) {
    for (const col of [6, 7]) {
      pksb.getCell(row, col).dataValidation = {
        type: 'list', allowBlank: true, formulae: [`"${levels}"`], showErrorMessage: true,
        errorTitle: 'Level', error: `Choose a level from 0 to ${p.maxLevel}.`,
      };
    }
    pksb.getCell(row, 8).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No"'] };
  }

  const talk = wb.addWorksheet(PACK_SHEETS.talkingPoints);
  talk.getCell('A1').value = p.meetingOn ? `For your one-to-one on ${meeting}` : 'For your next one-to-one (not booked yet)';
  talk.getCell('A1').font = { bold: true };
  talk.getRow(3).values = [...TALKING_POINT_HEADERS];
  talk.getRow(3).font = { bold: true };
  talk.getColumn(1).width = 50;
  talk.getColumn(2).width = 80;

  const cpd = wb.addWorksheet(PACK_SHEETS.cpd, { views: [{ state: 'frozen', ySplit: 1 }] });
  cpd.addRow([...CPD_HEADERS]).font = { bold: true };
  [14, 8, 40, 22, 16, 80].forEach((w, i) => (cpd.getColumn(i + 1).width = w));
  cpd.getColumn(1).numFmt = 'dd/mm/yyyy';
  const typeList = CPD_TYPES.map((t) => CPD_TYPE_LABELS[t]).join(',');
  for (let row = 2; row <= BLANK_ROWS + 1; row += 1) {
    cpd.getCell(row, 1).dataValidation = {
      type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date('2000-01-01T00:00:00Z')],
      showErrorMessage: true, error: 'Enter a date, e.g. 14/11/2026.',
    };
    cpd.getCell(row, 2).dataValidation = {
      type: 'decimal', operator: 'between', allowBlank: true, formulae: [0.25, 24], showErrorMessage: true, error: 'Hours from 0.25 to 24.',
    };
    cpd.getCell(row, 4).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${typeList}"`] };
  }

  // Identity to match the returned file to the pack sent; the import trusts only the pack id, and checks it.
  const id = wb.addWorksheet(PACK_SHEETS.identity, { state: 'hidden' });
  const identity: [string, string | number][] = [
    ['Pack id', p.packId],
    ['Member id', p.memberId],
    ['Member', text(p.memberName)],
    ['Framework id', p.framework?.id ?? ''],
    ['Framework', text(p.framework ? `${p.framework.name} ${p.framework.version}` : '')],
    ['Sent on', p.sentOn],
  ];
  identity.forEach((r) => id.addRow(r));

  return Buffer.from(await wb.xlsx.writeBuffer());
}
