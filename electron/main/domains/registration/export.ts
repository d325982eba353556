import { formatUkDate } from '../../../../shared/dates';
import type { ExportedFile } from '../../../../shared/domains/common';
import { pksbSectionName } from '../../../../shared/domains/pksb';
import { LEVEL_LABELS } from '../../../../shared/domains/registration';
import { CPD_TYPE_LABELS, STATEMENT_PROMPTS, type RevalidationView } from '../../../../shared/domains/registration-cpd';
import type { DocSpec } from '../../lib/document-model';
import { renderDocx } from '../../lib/docx';
import { fileNamePart } from '../../lib/file-name';
import { toCsv } from '../../lib/tabular';

const sections = (codes: string[]) => codes.map((c) => `${c} ${pksbSectionName(c)}`).join('; ');
const slug = (name: string) => fileNamePart(name, 'member');
const fileBase = (v: RevalidationView) => `cpd-revalidation-${slug(v.memberName) || 'member'}-${v.today}`;

export function revalidationDoc(v: RevalidationView): DocSpec {
  const reg = v.registrations[0];
  return {
    title: `CPD log and revalidation statement: ${v.memberName}`,
    subtitle: `${formatUkDate(v.windowStart)} to ${formatUkDate(v.today)}`,
    footer: `${v.memberName} · CPD log`,
    blocks: [
      {
        kind: 'facts',
        items: [
          ['Registration', reg ? `${LEVEL_LABELS[reg.level]} since ${formatUkDate(reg.registeredOn)}` : 'Not recorded'],
          ['Last revalidated', reg?.lastRevalidatedOn ? formatUkDate(reg.lastRevalidatedOn) : 'Not recorded'],
          ['CPD hours in the last 12 months', `${v.hours12m} of ${v.hoursRequired}`],
          ['Statement length', `${v.words} of ${v.wordLimit} words`],
          ['Ready to submit', v.ready ? 'Yes' : 'Not yet'],
        ],
      },
      { kind: 'heading', text: 'CPD log', level: 2 },
      v.entries.length === 0
        ? { kind: 'paragraph', text: 'No CPD logged in this period.', muted: true }
        : {
            kind: 'table',
            header: ['Date', 'Activity', 'Hours', 'PKSB sections', 'Reflection'],
            rows: v.entries.map((e) => [
              formatUkDate(e.date),
              [CPD_TYPE_LABELS[e.activityType], e.title].filter(Boolean).join(': '),
              String(e.hours),
              sections(e.sections),
              e.reflection,
            ]),
          },
      { kind: 'heading', text: 'Reflective statement', level: 2 },
      ...STATEMENT_PROMPTS.flatMap((p) => [
        { kind: 'heading' as const, text: p.label, level: 3 as const },
        { kind: 'paragraph' as const, text: v.statement[p.key] || '(not written yet)', muted: !v.statement[p.key] },
      ]),
    ],
  };
}

export async function revalidationDocx(v: RevalidationView): Promise<ExportedFile> {
  const bytes = await renderDocx(revalidationDoc(v));
  return {
    fileName: `${fileBase(v)}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    encoding: 'base64',
    content: Buffer.from(bytes).toString('base64'),
  };
}

/** One row per CPD entry, then the statement as rows of the same table so it opens cleanly in a spreadsheet. */
export function revalidationCsv(v: RevalidationView): ExportedFile {
  const rows: (string | number)[][] = v.entries.map((e) => [
    'CPD', formatUkDate(e.date), CPD_TYPE_LABELS[e.activityType], e.title, e.hours, sections(e.sections), e.reflection,
  ]);
  rows.push(['Total', '', '', `Hours ${formatUkDate(v.windowStart)} to ${formatUkDate(v.today)}`, v.hours12m, '', '']);
  for (const p of STATEMENT_PROMPTS) rows.push(['Statement', '', p.label, '', '', '', v.statement[p.key]]);
  return {
    fileName: `${fileBase(v)}.csv`,
    mimeType: 'text/csv',
    encoding: 'utf8',
    content: toCsv(['Part', 'Date', 'Activity type', 'Title', 'Hours', 'PKSB sections', 'Reflection or statement'], rows),
  };
}
