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
import { FIELD_LABELS, SECTIONS } from '../../../../shared/domains/agreements-rules';
import type { DocBlock, DocSpec } from '../../lib/document-model';

const NOT_SET = 'Not agreed yet';
const text = (v: string) => (v.trim() === '' ? NOT_SET : v);

function sectionBlocks(key: (typeof SECTIONS)[number]['key'], c: AgreementContent): DocBlock[] {
  switch (key) {
    case 'duration':
      return [{ kind: 'facts', items: [[FIELD_LABELS.startDate, formatUkDate(c.startDate)], [FIELD_LABELS.endDate, formatUkDate(c.endDate)]] }];
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
    case 'work':
      return [
        { kind: 'heading', level: 3, text: FIELD_LABELS.qualifications },
        { kind: 'paragraph', text: text(c.qualifications) },
        { kind: 'heading', level: 3, text: FIELD_LABELS.projects },
        { kind: 'paragraph', text: text(c.projects) },
      ];
    case 'contacts':
      return c.contacts.length === 0
        ? [{ kind: 'paragraph', text: NOT_SET }]
        : [
            {
              kind: 'table',
              header: ['Role', 'Name', 'Organisation', 'Planned visits and purpose'],
              rows: c.contacts.map((x) => [CONTACT_ROLE_LABELS[x.role], text(x.name), x.organisation, x.visits]),
            },
          ];
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
  const provider = c.contacts.find((x) => x.role === 'training_provider');
  const names = { trainee: a.memberName, manager: managerName, provider: provider ? [provider.name, provider.organisation].filter(Boolean).join(', ') : '' };
  const statusNote =
    v.status === 'signed' ? `Signed version ${v.number}` : v.status === 'ready' ? `Version ${v.number}, ready for signature` : `Version ${v.number}, DRAFT`;
  return {
    title: `${SCHEME_LABELS[a.scheme]} agreement`,
    subtitle: `${a.memberName} · ${formatUkDate(c.startDate)} to ${formatUkDate(c.endDate)} · ${statusNote}`,
    footer: `${a.memberName} · ${SCHEME_LABELS[a.scheme]} agreement v${v.number}`,
    blocks: [
      ...SECTIONS.flatMap((s): DocBlock[] => [{ kind: 'heading', level: 2, text: s.title }, ...sectionBlocks(s.key, c)]),
      { kind: 'heading', level: 2, text: 'Signatures' },
      {
        kind: 'paragraph',
        text: 'By signing, we agree to the expectations above and to review them together at each progress review.',
      },
      {
        kind: 'signatures',
        signers: requiredSigners(a.scheme).map((role) => {
          const signed = v.signatures.find((s) => s.role === role);
          return {
            role: SIGNER_ROLE_LABELS[role],
            name: signed?.name ?? names[role],
            ...(signed ? { signedOn: formatUkDate(signed.signedOn) } : {}),
          };
        }),
      },
    ],
  };
}
