/**
 * The built-in demo framework: the PKSB section skeleton with short skill titles
 * written for this app (generic, invented; NOT CILIP's text), so the sample team can
 * be explored without a licensed PKSB.
 */
export const DEMO_FRAMEWORK = {
  name: 'Demo skills (not CILIP text)',
  version: 'Demo 1',
  description:
    'Invented example skills grouped under the PKSB section names, for exploring the workbench. Import your own licensed PKSB for real use.',
};

/** Section code → skill titles (codes are generated as <section>.<n>). */
export const DEMO_SKILLS: Record<string, string[]> = {
  EV: ['Acting fairly with every user', 'Protecting privacy in daily work', 'Speaking up about concerns'],
  '1': ['Cataloguing and metadata basics', 'Classification in practice', 'Describing digital items'],
  '2': ['Sharing team know-how', 'Organising shared drives', 'Capturing lessons learned'],
  '3': ['Finding information for others', 'Judging the quality of sources', 'Running a reference enquiry'],
  '4': ['Planning a small survey', 'Making sense of usage figures', 'Writing up findings'],
  '5': ['Handling personal data requests', 'Copyright questions at the desk', 'Licence terms for e-resources'],
  '6': ['Keeping records tidy and findable', 'Retention and disposal basics', 'Caring for special items'],
  '7': ['Choosing new stock', 'Weeding with a purpose', 'Managing an e-resources budget'],
  '8': ['Teaching a short session', 'Helping people search well', 'Supporting digital skills'],
  '9': ['Making the case for the service', 'Leading a small project', 'Networking with partners'],
  '10': ['Planning the year ahead', 'Managing a budget line', 'Writing a simple policy'],
  '11': ['Welcoming and helping users', 'Promoting events and services', 'Using feedback to improve'],
  '12': ['Library systems day to day', 'Writing clear emails and notices', 'Presenting to a group'],
  WS: ['Keeping up with the sector', 'Knowing national schemes', 'Learning from other libraries'],
  WO: ['Understanding our organisation', 'Working with other departments', 'Knowing local priorities'],
};

export const demoSkillCode = (sectionCode: string, n: number) => `${sectionCode}.${n}`;
