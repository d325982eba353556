import { formatUkDate } from '../../../../shared/dates';
import {
  CONTACT_ROLE_LABELS,
  SCHEME_LABELS,
  SIGNER_ROLE_LABELS,
  requiredSigners,
  type AgreementContent,
  type AgreementDetail,
  type Version,
} from '../../../../shared/domains/agreements';
import { planOtj } from '../../../../shared/domains/agreements-otj';
import { AIM_LABELS, FIELD_LABELS, sectionsFor, type SECTIONS } from '../../../../shared/domains/agreements-rules';
import { otjPeriodOf } from './summary';
import type { DocBlock, DocSpec } from '../../lib/document-model';

const NOT_SET = 'Not agreed yet';

/**
 * Text pasted from Word or the web can carry characters a document must not hold: Word's manual line break
 * (vertical tab) and page break (form feed) become line breaks; other control characters, the noncharacters
 * U+FFFE/U+FFFF (a byte-swapped byte-order mark, which made Word refuse the .docx) and half of a surrogate
 * pair are dropped. Applied to everything an agreement prints, so text stored before still exports.
 */
export const printable = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex -- Word's line and page breaks are what this replaces
    .replace(/[\u000b\u000c]/g, '\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');

const printableBlock = (b: DocBlock): DocBlock => {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return { ...b, text: printable(b.text) };
    case 'bullets':
      return { ...b, items: b.items.map(printable) };
    case 'table':
      return { ...b, header: b.header.map(printable), rows: b.rows.map((r) => r.map(printable)) };
    case 'facts':
      return { ...b, items: b.items.map(([k, v]): [string, string] => [printable(k), printable(v)]) };
    case 'signatures':
      return { ...b, signers: b.signers.map((x) => ({ ...x, role: printable(x.role), name: printable(x.name) })) };
    case 'pageBreak':
      return b;
  }
};
const text = (v: string) => (v.trim() === '' ? NOT_SET : v);

function sectionBlocks(key: (typeof SECTIONS)[number]['key'], c: AgreementContent): DocBlock[] {
  switch (key) {
    case 'duration':
      return [
        {
          kind: 'facts',
          items: [
            [FIELD_LABELS.startDate, formatUkDate(c.startDate)],
            [FIELD_LABELS.endDate, formatUkDate(c.endDate)],
            ...(c.gatewayDate ? [[FIELD_LABELS.gatewayDate, formatUkDate(c.gatewayDate)] as [string, string]] : []),
          ],
        },
      ];
    case 'conditions':
      return [
        { kind: 'facts', items: [[FIELD_LABELS.hoursPerWeek, String(c.hoursPerWeek)], [FIELD_LABELS.placeOfWork, text(c.placeOfWork)]] },
        ...(['holidayAbsence', 'healthSafety', 'contractual'] as const).flatMap((f): DocBlock[] => [
          { kind: 'heading', level: 3, text: FIELD_LABELS[f] },
          { kind: 'paragraph', text: text(c[f]) },
        ]),
      ];
    case 'training':
      return [
        { kind: 'heading', level: 3, text: FIELD_LABELS.training },
        { kind: 'paragraph', text: text(c.training) },
        { kind: 'heading', level: 3, text: FIELD_LABELS.outcomes },
        { kind: 'paragraph', text: text(c.outcomes) },
        {
          kind: 'facts',
          items: [['Progress reviews', c.reviewEveryWeeks === null ? NOT_SET : `At least every ${c.reviewEveryWeeks} weeks`]],
        },
      ];
    case 'time':
      return (['studyTime', 'supervisorTime'] as const).flatMap((f): DocBlock[] => [
        { kind: 'heading', level: 3, text: FIELD_LABELS[f] },
        { kind: 'paragraph', text: text(c[f]) },
      ]);
    case 'otj': {
      // The hours and how they were worked out, under the rule the start date selects.
      const plan = planOtj(otjPeriodOf(c));
      return [
        {
          kind: 'facts',
          items: [
            [FIELD_LABELS.apprenticeshipStandard, text(c.apprenticeshipStandard)],
            ['Rule applied', plan.ruleName],
            ['Minimum off-the-job training', plan.totalHours === null ? NOT_SET : `${plan.totalHours} hours`],
          ],
        },
        { kind: 'heading', level: 3, text: 'How the hours were worked out' },
        { kind: 'bullets', items: [...plan.workings, ...plan.problems.map((p) => `Still to settle: ${p}`)] },
      ];
    }
    case 'aims':
      return (Object.keys(AIM_LABELS) as (keyof typeof AIM_LABELS)[]).flatMap((k): DocBlock[] => {
        const lines = c.aims[k].split('\n').map((l) => l.trim()).filter(Boolean);
        return [{ kind: 'heading', level: 3, text: AIM_LABELS[k] }, lines.length > 1 ? { kind: 'bullets', items: lines } : { kind: 'paragraph', text: text(c.aims[k]) }];
      });
    case 'work':
      return [
        { kind: 'heading', level: 3, text: FIELD_LABELS.qualifications },
        { kind: 'paragraph', text: text(c.qualifications) },
        { kind: 'heading', level: 3, text: FIELD_LABELS.projects },
        { kind: 'paragraph', text: text(c.projects) },
      ];
    case 'contacts':
      // One block per contact rather than a table: email addresses stay whole on the page.
      return c.contacts.length === 0
        ? [{ kind: 'paragraph', text: NOT_SET }]
        : c.contacts.flatMap((x): DocBlock[] => [
            { kind: 'heading', level: 3, text: CONTACT_ROLE_LABELS[x.role] },
            {
              kind: 'facts',
              items: [
                ['Name', text(x.name)],
                ['Organisation', text(x.organisation)],
                ['Email', text(x.email)],
                ['Planned visits and purpose', text(x.visits)],
              ],
            },
          ]);
    case 'log':
      return [{ kind: 'paragraph', text: text(c.learningLog) }];
    case 'hopes':
      return [{ kind: 'paragraph', text: text(c.traineeHopes) }];
    case 'expectations':
      return [{ kind: 'paragraph', text: text(c.managerExpectations) }];
  }
}

/** The agreement as a document for signature: every section, then one signature block per signer. */
export function agreementDocument(a: AgreementDetail, v: Version, managerName: string): DocSpec {
  const c = v.content;
  const contactName = (role: 'training_provider' | 'tutor') => {
    const found = c.contacts.find((x) => x.role === role && x.name.trim() !== '');
    return found ? [found.name, found.organisation].filter(Boolean).join(', ') : '';
  };
  const names = { trainee: a.memberName, manager: managerName, provider: contactName('training_provider'), tutor: contactName('tutor') };
  const statusNote =
    v.status === 'signed' ? `Signed version ${v.number}` : v.status === 'ready' ? `Version ${v.number}, ready for signature` : `Version ${v.number}, DRAFT`;
  return {
    title: `${SCHEME_LABELS[a.scheme]} agreement`,
    subtitle: printable(`${a.memberName} · ${formatUkDate(c.startDate)} to ${formatUkDate(c.endDate)} · ${statusNote}`),
    footer: printable(`${a.memberName} · ${SCHEME_LABELS[a.scheme]} agreement v${v.number}`),
    blocks: ([
      ...sectionsFor(a.scheme).flatMap((s): DocBlock[] => [{ kind: 'heading', level: 2, text: s.title }, ...sectionBlocks(s.key, c)]),
      { kind: 'heading', level: 2, text: 'Signatures' },
      {
        kind: 'paragraph',
        text: 'By signing, we agree to the expectations above and to review them together at each progress review.',
      },
      {
        kind: 'signatures',
        signers: requiredSigners(a.scheme, c.contacts).map((role) => {
          const signed = v.signatures.find((s) => s.role === role);
          return {
            role: SIGNER_ROLE_LABELS[role],
            name: signed?.name ?? names[role],
            ...(signed ? { signedOn: formatUkDate(signed.signedOn) } : {}),
          };
        }),
      },
    ] satisfies DocBlock[]).map(printableBlock),
  };
}
