import type { SubjectAccessPack } from '../../../../shared/domains/privacy';
import { formatUkDate } from '../../../../shared/dates';
import type { DocBlock } from '../../lib/document-model';
import { renderPdf } from '../../lib/pdf';
import type { CollectedData } from './service';

const human = (identifier: string) => identifier.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatUkDate(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/** The pack: machine-readable JSON and a readable PDF of the same data. */
export async function buildSubjectAccessPack(
  subject: { id: number; name: string },
  data: CollectedData,
  generatedAt: string,
  today: string,
): Promise<SubjectAccessPack> {
  const rows = Object.values(data.tables).reduce((n, r) => n + r.length, 0);
  const notes = [
    'This pack holds every record in the Staff Development Workbench that refers to this person.',
    'Other people are shown as "[another team member]".',
    data.withheldPrivateNotes > 0
      ? `${data.withheldPrivateNotes} private note(s) written by the manager were withheld. Check whether an exemption applies before sending; otherwise export again with private notes included.`
      : 'No private notes were withheld.',
  ];
  const json = JSON.stringify({ generatedAt, subject, notes, tables: data.tables }, null, 2);
  const blocks: DocBlock[] = [
    { kind: 'facts', items: [['Prepared on', formatUkDate(today)], ['Records', String(rows)], ['Kinds of record', String(Object.keys(data.tables).length)]] },
    ...notes.map((text): DocBlock => ({ kind: 'paragraph', text, muted: true })),
  ];
  for (const [table, tableRows] of Object.entries(data.tables)) {
    blocks.push({ kind: 'heading', text: `${human(table)} (${tableRows.length})`, level: 2 });
    for (const row of tableRows) {
      blocks.push({
        kind: 'facts',
        items: Object.entries(row)
          .filter(([, v]) => show(v) !== '')
          .map(([k, v]): [string, string] => [human(k), show(v)]),
      });
    }
  }
  const pdf = await renderPdf({ title: `Subject access pack: ${subject.name}`, subtitle: 'Staff Development Workbench', footer: 'Personal data: keep secure', blocks });
  const slug = subject.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
  return {
    json: { fileName: `subject-access-${slug}-${today}.json`, mimeType: 'application/json', encoding: 'utf8', content: json },
    pdf: { fileName: `subject-access-${slug}-${today}.pdf`, mimeType: 'application/pdf', encoding: 'base64', content: Buffer.from(pdf).toString('base64') },
    tables: Object.keys(data.tables).length,
    rows,
    withheldPrivateNotes: data.withheldPrivateNotes,
  };
}
