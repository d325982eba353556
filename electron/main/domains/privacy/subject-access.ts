import type { Mention, SubjectAccessPack, SubjectAccessRequest } from '../../../../shared/domains/privacy';
import { SAR_EXEMPTIONS } from '../../../../shared/domains/privacy-sar';
import { formatUkDate } from '../../../../shared/dates';
import type { DocBlock } from '../../lib/document-model';
import { fileNamePart } from '../../lib/file-name';
import { renderPdf } from '../../lib/pdf';
import { recordName } from './mentions';
import type { CollectedData } from './service';

const human = (identifier: string) => identifier.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatUkDate(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/** Supplementary information the reply must give beside the data (UK GDPR Art. 15(1)(a)–(h); ICO "What should we supply?"). */
export function supplementaryInformation(retentionYears: number): { heading: string; text: string }[] {
  return [
    {
      heading: 'Why we hold this information (purposes)',
      text:
        'To manage and support your work and development: one-to-one meetings and agreed actions, skills self-assessments (PKSB), ' +
        'support for CILIP professional registration and revalidation, trainee and apprenticeship agreements, development activities, and recognition schemes.',
    },
    {
      heading: 'How long we keep it (retention)',
      text:
        `While you are in the team, and for ${retentionYears} year(s) after you leave; then it is reviewed and erased. ` +
        'Backups of the workbench are kept on the same computer and replaced on a rolling basis (the newest seven).',
    },
    {
      heading: 'Where it came from (sources)',
      text:
        'From you (self-assessments, CPD and activity logs, reflections); from your line manager (meeting notes, agreements, reviews); ' +
        'from colleagues who nominated you for recognition; and from details of mentors, tutors and training providers entered with your agreement.',
    },
    {
      heading: 'Who receives it (recipients)',
      text:
        'The workbench keeps this information on your line manager’s computer; it is not sent anywhere by the app. Documents your manager exports ' +
        '(for example a trainee agreement for signature, or an award nomination) go only to the people named in them, such as a training provider or an award organiser.',
    },
    {
      heading: 'Your rights',
      text:
        'You may ask for inaccurate information to be corrected, for information to be erased, for its use to be restricted, and you may object to its use. ' +
        'You may complain to the Information Commissioner’s Office (ico.org.uk, 0303 123 1113). No decisions about you are made by automated means.',
    },
  ];
}

export interface PackExtras {
  retentionYears: number;
  request: SubjectAccessRequest | null;
  mentions: Mention[];
}

/** The pack: machine-readable JSON and a readable PDF of the same data. */
export async function buildSubjectAccessPack(
  subject: { id: number; name: string },
  data: CollectedData,
  generatedAt: string,
  today: string,
  extras: PackExtras = { retentionYears: 6, request: null, mentions: [] },
): Promise<SubjectAccessPack> {
  const rows = Object.values(data.tables).reduce((n, r) => n + r.length, 0);
  const notes = [
    'This pack holds every record in the Staff Development Workbench that refers to this person, including the manager’s private notes.',
    'Other people are shown as "[another team member]".',
    data.withheld.length > 0
      ? `${data.withheld.length} item(s) were withheld under an exemption: ${data.withheld.map((w) => `${w.where} (${SAR_EXEMPTIONS[w.exemption]})`).join('; ')}.`
      : 'Nothing was withheld.',
    extras.mentions.length > 0
      ? `${extras.mentions.length} mention(s) of this person in other people’s records are included below.`
      : 'No mentions in other people’s records are included.',
  ];
  const supplementary = supplementaryInformation(extras.retentionYears);
  const request = extras.request
    ? { receivedOn: extras.request.receivedOn, dueOn: extras.request.dueOn, respondBy: extras.request.respondBy, extensionMonths: extras.request.extensionMonths }
    : null;
  const mentions = extras.mentions.map((m) => ({ where: m.where, text: m.text }));
  const json = JSON.stringify({ generatedAt, subject, request, notes, supplementary, tables: data.tables, mentionsInOtherRecords: mentions }, null, 2);
  const facts: [string, string][] = [['Prepared on', formatUkDate(today)], ['Records', String(rows)], ['Kinds of record', String(Object.keys(data.tables).length)]];
  if (request) facts.unshift(['Request received', formatUkDate(request.receivedOn)], ['Reply due by', formatUkDate(request.respondBy)]);
  const blocks: DocBlock[] = [{ kind: 'facts', items: facts }, ...notes.map((text): DocBlock => ({ kind: 'paragraph', text, muted: true }))];
  blocks.push({ kind: 'heading', text: 'About this information', level: 2 });
  for (const s of supplementary) blocks.push({ kind: 'heading', text: s.heading, level: 3 }, { kind: 'paragraph', text: s.text });
  if (mentions.length > 0) {
    blocks.push({ kind: 'heading', text: `Mentions in other people’s records (${mentions.length})`, level: 2 });
    for (const m of mentions) blocks.push({ kind: 'facts', items: [['Where', m.where], ['Text', m.text]] });
  }
  for (const [table, tableRows] of Object.entries(data.tables)) {
    blocks.push({ kind: 'heading', text: `${recordName(table) ?? human(table)} (${tableRows.length})`, level: 2 });
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
  const slug = fileNamePart(subject.name, 'person');
  return {
    json: { fileName: `subject-access-${slug}-${today}.json`, mimeType: 'application/json', encoding: 'utf8', content: json },
    pdf: { fileName: `subject-access-${slug}-${today}.pdf`, mimeType: 'application/pdf', encoding: 'base64', content: Buffer.from(pdf).toString('base64') },
    tables: Object.keys(data.tables).length,
    rows,
    withheldPrivateNotes: data.withheldPrivateNotes,
    withheld: data.withheld.length,
    mentionsIncluded: mentions.length,
  };
}
