import type { AgreementDetail, Version } from '../../../shared/domains/agreements';

/** A version of the agreement: the latest by default. */
export function versionOf(d: AgreementDetail, i = d.versions.length - 1): Version {
  const found = d.versions[i];
  if (!found) throw new Error('no version');
  return found;
}

/** A placement agreement's content with every section filled in, so it passes the completeness check. */
export function completePlacement(content: Version['content'], coordinator: { name: string; organisation: string; visits: string }) {
  return {
    ...content,
    placeOfWork: 'Eastgate Community Library',
    training: 'Enquiry desk coaching; a session on the library management system.',
    outcomes: 'Run a children’s reading session; write a stock report on the collection.',
    studyTime: 'Half a day a week for the university project.',
    supervisorTime: 'The branch manager supervises: an hour a week.',
    aims: { skills: 'Reader advisory', knowledge: 'How public libraries are funded', behaviours: 'Curiosity and patience' },
    projects: 'Stock report on the graphic novels collection.',
    contacts: [{ role: 'placement_coordinator' as const, email: '', ...coordinator }],
    traineeHopes: 'See public library work before choosing a career.',
    managerExpectations: 'Be on time; ask questions.',
  };
}
