import { parseUkOrIsoDate } from '../../../../shared/dates';
import { CPD_HEADERS, PACK_SHEETS, PKSB_HEADERS, TALKING_POINT_HEADERS, type PackPreview } from '../../../../shared/domains/member-pack';
import { CPD_TYPE_LABELS, CPD_TYPES, cpdDateProblem, cpdFields, type CpdType } from '../../../../shared/domains/registration-cpd';
import { AppError } from '../../../../shared/result';
import { normaliseHeader } from '../../lib/tabular';

/**
 * Turns the sheets of a returned pack into rows with their problems in words. Pure: the sheets come from
 * the import worker, what the rows are checked against comes from the database (never from the file).
 */

export type Sheets = Record<string, string[][]>;

export interface PackContext {
  skills: Map<string, { id: number; title: string }>;
  sections: { code: string; name: string }[];
  maxLevel: number;
  /** Today (the injected clock): completed CPD is never dated after it, as in the CPD log. */
  today: string;
}

type AssessmentRow = PackPreview['assessment']['rows'][number] & { skillId: number | null };
type AgendaRow = Omit<PackPreview['agenda']['rows'][number], 'alreadyImported'>;
type CpdRow = Omit<PackPreview['cpd']['rows'][number], 'alreadyImported'>;

export interface ParsedPack {
  packId: string;
  assessment: Omit<AssessmentRow, 'alreadyImported'>[];
  agenda: AgendaRow[];
  cpd: CpdRow[];
}

const broken = (message: string) => new AppError('VALIDATION', message, 'content');
const isBlank = (cells: string[] | undefined) => !cells || cells.every((c) => (c ?? '').trim() === '');

/** The identity sheet's pack id: the only thing the import takes from it. */
export function packIdOf(sheets: Sheets): string {
  const identity = sheets[PACK_SHEETS.identity];
  const row = identity?.find((r) => normaliseHeader(r[0] ?? '') === 'packid');
  const packId = (row?.[1] ?? '').trim();
  if (!packId) {
    throw broken(`This file is not a member pack from this workbench: its hidden "${PACK_SHEETS.identity}" sheet is missing or has no pack id. Send the member a new pack.`);
  }
  return packId;
}

/** Finds the header row of a sheet (within its first rows) and the column of each expected heading. */
function table(sheets: Sheets, name: string, headers: readonly string[]) {
  const rows = sheets[name];
  if (!rows) throw broken(`The "${name}" sheet is missing. Ask the member to keep the sheet names of the pack.`);
  const wanted = headers.map(normaliseHeader);
  const at = rows.slice(0, 10).findIndex((r) => normaliseHeader(r?.[0] ?? '') === wanted[0]);
  if (at < 0) throw broken(`The "${name}" sheet has lost its heading row ("${headers.join('", "')}").`);
  const found = (rows[at] ?? []).map(normaliseHeader);
  const columns = wanted.map((w, i) => {
    const c = found.indexOf(w);
    if (c < 0) throw broken(`The "${name}" sheet has no "${headers[i]}" column.`);
    return c;
  });
  return rows
    .map((cells, i) => ({ rowNumber: i + 1, cells }))
    .slice(at + 1)
    .filter((r) => !isBlank(r.cells))
    .map((r) => ({ rowNumber: r.rowNumber, get: (col: number) => (r.cells[columns[col] ?? -1] ?? '').trim() }));
}

function level(raw: string, what: string, max: number, errors: string[]): number | null {
  if (raw === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    errors.push(`${what} "${raw}" is not a level from 0 to ${max}`);
    return null;
  }
  return n;
}

function yesNo(raw: string, errors: string[]): boolean | null {
  const v = raw.toLowerCase();
  if (v === '') return null;
  if (['yes', 'y', 'true', '1'].includes(v)) return true;
  if (['no', 'n', 'false', '0'].includes(v)) return false;
  errors.push(`"Relevant to my role" should be Yes or No, not "${raw}"`);
  return null;
}

export function parsePack(sheets: Sheets, ctx: PackContext): ParsedPack {
  const packId = packIdOf(sheets);

  const assessment = table(sheets, PACK_SHEETS.pksb, PKSB_HEADERS)
    .map((r) => {
      const errors: string[] = [];
      const code = r.get(1);
      const skill = ctx.skills.get(code);
      if (!skill) errors.push(`skill code "${code}" is not in the framework this pack was sent with`);
      const current = level(r.get(5), 'Current level', ctx.maxLevel, errors);
      const target = level(r.get(6), 'Target level', ctx.maxLevel, errors);
      const notes = r.get(8);
      if (notes.length > 4000) errors.push('the evidence / comment is longer than 4000 characters');
      return {
        touched: r.get(5) !== '' || r.get(6) !== '' || notes !== '',
        rowNumber: r.rowNumber, errors, code, title: skill?.title ?? r.get(2), skillId: skill?.id ?? null,
        current, target, relevant: yesNo(r.get(7), errors), notes,
      };
    })
    // A row the member left unrated is not part of the self-assessment.
    .filter((r) => r.touched)
    .map(({ touched: _t, ...r }) => r);

  const agenda = table(sheets, PACK_SHEETS.talkingPoints, TALKING_POINT_HEADERS).map((r) => {
    const errors: string[] = [];
    const title = r.get(0);
    const detail = r.get(1);
    if (title === '') errors.push('the talking point is empty (only a detail is given)');
    if (title.length > 300) errors.push('the talking point is longer than 300 characters; put the rest in Detail');
    if (detail.length > 1000) errors.push('the detail is longer than 1000 characters');
    return { rowNumber: r.rowNumber, errors, title, detail };
  });

  const byLabel = new Map<string, CpdType>(CPD_TYPES.flatMap((t) => [[normaliseHeader(CPD_TYPE_LABELS[t]), t], [normaliseHeader(t), t]] as const));
  const sectionCode = new Map<string, string>(
    ctx.sections.flatMap((s) => [[normaliseHeader(s.code), s.code], [normaliseHeader(s.name), s.code], [normaliseHeader(`${s.code} ${s.name}`), s.code]] as const),
  );
  const cpd = table(sheets, PACK_SHEETS.cpd, CPD_HEADERS).map((r) => {
    const errors: string[] = [];
    const rawDate = r.get(0);
    const date = parseUkOrIsoDate(rawDate) ?? '';
    if (!date) errors.push(rawDate === '' ? 'the date is missing' : `"${rawDate}" is not a date (use dd/mm/yyyy)`);
    else {
      const future = cpdDateProblem(date, ctx.today);
      if (future) errors.push(`the date ${future}`);
    }
    const rawHours = r.get(1);
    const hours = rawHours === '' ? null : Number(rawHours.replace(',', '.'));
    const activityType = byLabel.get(normaliseHeader(r.get(3))) ?? null;
    if (r.get(3) === '') errors.push('the type is missing');
    else if (!activityType) errors.push(`"${r.get(3)}" is not one of the types in the list`);
    const sections: string[] = [];
    for (const part of r.get(4).split(/[,;]/).map((x) => x.trim()).filter(Boolean)) {
      const code = sectionCode.get(normaliseHeader(part));
      if (!code) errors.push(`PKSB area "${part}" is not a section of the framework`);
      else if (!sections.includes(code)) sections.push(code);
    }
    const title = r.get(2);
    const reflection = r.get(5);
    const checked = cpdFields.safeParse({ date: date || '2000-01-01', activityType: activityType ?? 'other', hours: hours ?? NaN, title, reflection, sections });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (field === 'hours') errors.push(rawHours === '' ? 'the hours are missing' : `hours ${issue.message}`);
        else if (field === 'title') errors.push(`the title ${issue.message}`);
        else if (field === 'reflection') errors.push(`the reflection ${issue.message}`);
      }
    }
    return { rowNumber: r.rowNumber, errors, date, hours: hours !== null && Number.isFinite(hours) ? hours : null, title, activityType, sections, reflection };
  });

  return { packId, assessment, agenda, cpd };
}
