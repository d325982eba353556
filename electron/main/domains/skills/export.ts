import { formatUkDate } from '../../../../shared/dates';
import type { ExportedFile } from '../../../../shared/domains/common';
import { assessmentName, type AssessmentDetail, type RatingScale } from '../../../../shared/domains/skills';
import { DIRECTION_LABELS, type Comparison, type Heatmap } from '../../../../shared/domains/skills-dashboard';
import type { DocBlock, DocSpec } from '../../lib/document-model';
import { fileNamePart } from '../../lib/file-name';
import { renderPdf } from '../../lib/pdf';
import { toCsv } from '../../lib/tabular';

/** Turns assessments, comparisons and the heatmap into CSV files and printable PDFs (pure: data in, file out). */

const slug = (name: string) => fileNamePart(name, 'member');
const levelText = (scale: RatingScale, v: number | null) =>
  v === null ? '' : `${v} ${scale.levels.find((l) => l.level === v)?.label ?? ''}`.trim();
const num = (v: number | null) => (v === null ? '' : String(v));

const csvFile = (fileName: string, headers: string[], rows: (string | number | null)[][]): ExportedFile => ({
  fileName,
  mimeType: 'text/csv',
  encoding: 'utf8',
  content: toCsv(headers, rows),
});

const pdfFile = async (fileName: string, spec: DocSpec): Promise<ExportedFile> => ({
  fileName,
  mimeType: 'application/pdf',
  encoding: 'base64',
  content: Buffer.from(await renderPdf(spec)).toString('base64'),
});

const assessmentTitle = (d: Pick<AssessmentDetail, 'assessment'>['assessment']) =>
  `${assessmentName(d.kind)}, ${formatUkDate(d.assessedOn)}`;

export function assessmentCsv(d: AssessmentDetail): ExportedFile {
  const headers = ['Section', 'Skill code', 'Skill', 'Relevant', 'Current', 'Target', 'Gap', 'Notes / evidence'];
  const rows = (d.sections ?? []).flatMap((s) =>
    s.skills.map((k) => [
      `${s.code} ${s.name}`, k.code, k.title, k.relevant ? 'Yes' : 'No', k.current, k.target,
      k.current !== null && k.target !== null ? k.target - k.current : null, k.notes,
    ]),
  );
  return csvFile(`skills-${slug(d.assessment.memberName)}-${d.assessment.assessedOn}.csv`, headers, rows);
}

export function assessmentPdf(d: AssessmentDetail): Promise<ExportedFile> {
  const a = d.assessment;
  const blocks: DocBlock[] = [
    { kind: 'facts', items: [['Framework', `${a.frameworkName} (${a.frameworkVersion})`], ['Rated', `${a.rated ?? 0} of ${a.total} skills`]] },
    { kind: 'paragraph', text: `Scale: ${d.scale.levels.map((l) => `${l.level} ${l.label}`).join(' · ')}`, muted: true },
  ];
  for (const s of d.sections ?? []) {
    blocks.push({ kind: 'heading', text: `${s.code} ${s.name}`, level: 2 });
    blocks.push({
      kind: 'table',
      header: ['Skill', 'Current', 'Target', 'Notes / evidence'],
      rows: s.skills.map((k) => [`${k.code} ${k.title}${k.relevant ? '' : ' (not relevant)'}`, levelText(d.scale, k.current), levelText(d.scale, k.target), k.notes]),
    });
  }
  return pdfFile(`skills-${slug(a.memberName)}-${a.assessedOn}.pdf`, {
    title: `${a.memberName}: skills self-assessment`,
    subtitle: assessmentTitle(a),
    footer: `${a.memberName} · ${assessmentTitle(a)}`,
    blocks,
  });
}

const compareName = (c: Comparison, ext: string) => `skills-comparison-${slug(c.a.memberName)}-${c.a.assessedOn}-${c.b.assessedOn}.${ext}`;

export function comparisonCsv(c: Comparison): ExportedFile {
  const headers = ['Section', 'Skill code', 'Skill', `Before (${formatUkDate(c.a.assessedOn)})`, `After (${formatUkDate(c.b.assessedOn)})`, 'Change', 'Target'];
  const rows = c.sections.flatMap((s) => [
    [`${s.code} ${s.name}`, '', 'Section average', num(s.before), num(s.after), DIRECTION_LABELS[s.direction], ''],
    ...s.skills.map((k) => [`${s.code} ${s.name}`, k.code, k.title, k.before, k.after, DIRECTION_LABELS[k.direction], k.targetAfter]),
  ]);
  return csvFile(compareName(c, 'csv'), headers, rows);
}

export function comparisonPdf(c: Comparison): Promise<ExportedFile> {
  const blocks: DocBlock[] = [
    {
      kind: 'table',
      header: ['Section', 'Before', 'After', 'Change', 'Up / down / same'],
      rows: c.sections.map((s) => [`${s.code} ${s.name}`, num(s.before), num(s.after), DIRECTION_LABELS[s.direction], `${s.counts.up} / ${s.counts.down} / ${s.counts.same}`]),
    },
  ];
  for (const s of c.sections) {
    blocks.push({ kind: 'heading', text: `${s.code} ${s.name}`, level: 2 });
    blocks.push({
      kind: 'table',
      header: ['Skill', 'Before', 'After', 'Change'],
      rows: s.skills.map((k) => [`${k.code} ${k.title}`, levelText(c.scale, k.before), levelText(c.scale, k.after), DIRECTION_LABELS[k.direction]]),
    });
  }
  return pdfFile(compareName(c, 'pdf'), {
    title: `${c.a.memberName}: skills compared`,
    subtitle: `${assessmentTitle(c.a)} → ${assessmentTitle(c.b)}`,
    footer: c.a.memberName,
    blocks,
  });
}

export function heatmapCsv(h: Heatmap, today: string): ExportedFile {
  const headers = ['Member', 'Team / service point', 'Assessed on', ...h.sections.map((s) => `${s.code} ${s.name}`)];
  const rows = h.rows.map((r) => [r.name, r.team, formatUkDate(r.assessedOn), ...r.cells.map((c) => c.average)]);
  return csvFile(`skills-heatmap-${today}.csv`, headers, rows);
}
