import { describe, expect, it } from 'vitest';
import type { AgreementContent } from '../../../shared/domains/agreements';
import { checkCompleteness, diffContent, FIELD_LABELS, isMeaningful, reviewSchedule, reviewState } from '../../../shared/domains/agreements-rules';

const complete: AgreementContent = {
  startDate: '2026-09-01',
  endDate: '2026-11-30',
  gatewayDate: null,
  hoursPerWeek: 22.5,
  placeOfWork: 'Eastgate Library',
  holidayAbsence: 'Ring the manager before the shift',
  healthSafety: 'Local induction on day one',
  contractual: 'HR policies on the intranet',
  training: 'Enquiry desk coaching and a cataloguing workshop',
  outcomes: 'Answer reader enquiries unaided by week six',
  studyTime: 'Half a day a week for the university project',
  supervisorTime: 'Siân ap Dŵr supervises: one hour a week',
  apprenticeshipStandard: '',
  otjMinimumHours: null,
  aims: { skills: 'Reference interviews', knowledge: 'How the catalogue works', behaviours: 'Customer focus always' },
  qualifications: 'MA Library Studies',
  projects: '',
  contacts: [{ role: 'placement_coordinator', name: 'Dr Lee', organisation: 'Uni', email: '', visits: 'Mid-point visit' }],
  learningLog: 'Daily placement diary',
  traineeHopes: 'Public library experience',
  managerExpectations: 'Reliable time-keeping',
  reviewEveryWeeks: 4,
};

describe('completeness check', () => {
  it('passes a complete placement agreement', () => {
    expect(checkCompleteness(complete, 'work_placement')).toEqual({ missing: [], warnings: [] });
  });

  it('lists missing sections and warns about cheap labour signs', () => {
    const bare = { ...complete, training: ' ', outcomes: '', reviewEveryWeeks: null, contacts: [{ ...complete.contacts[0]!, name: '' }] };
    const result = checkCompleteness(bare, 'work_placement');
    expect(result.missing).toEqual(['Training to be given', 'Expected outcomes', 'Progress review every (weeks)', 'External contacts']);
    expect(result.warnings).toHaveLength(4);
    expect(result.warnings[0]).toMatch(/cheap labour/);
  });

  it('asks apprenticeships for a named training provider, the standard and its off-the-job minimum', () => {
    expect(checkCompleteness(complete, 'apprenticeship').missing).toEqual([
      'A named training provider (they sign the apprenticeship training plan)',
      'Apprenticeship standard',
      'Off-the-job training: The practical period is 3 months: apprenticeships starting under this rule last at least 8 months.',
      'Off-the-job training: Enter the off-the-job minimum published for the apprenticeship standard.',
    ]);
  });

  it('one character or placeholder text does not complete a section', () => {
    for (const filler of ['x', '.', 'TBC', 'n/a', 'tbd.', 'See above', 'Lorem ipsum dolor sit amet', 'xxxx xxxx', 'asdf']) {
      expect(isMeaningful(filler), filler).toBe(false);
      const result = checkCompleteness({ ...complete, healthSafety: filler, training: filler }, 'work_placement');
      expect(result.missing).toEqual(['Health and safety', 'Training to be given']);
    }
    expect(isMeaningful('Łukasz Żółć')).toBe(true);
    expect(isMeaningful('Eastgate Library')).toBe(true);
  });

  it('asks for the new headings: time for study, the supervisor’s time and the aims as skills, knowledge and behaviours', () => {
    const result = checkCompleteness({ ...complete, studyTime: '', supervisorTime: 'TBC', aims: { ...complete.aims, knowledge: '' } }, 'work_placement');
    expect(result.missing).toEqual([
      'Time off for study, training or a project',
      "The supervisor's time commitment",
      "The trainee's aims (knowledge)",
    ]);
  });
});

describe('cheap-labour check reads what is written', () => {
  const warningsFor = (c: Partial<AgreementContent>) => checkCompleteness({ ...complete, ...c }, 'work_placement').warnings;

  it('warns when the training box describes only work, not learning', () => {
    expect(warningsFor({ training: 'Shelving returns and tidying the stock every day' })).toEqual([
      'The training section describes no learning (courses, coaching, shadowing, study): a trainee must not be cheap labour.',
    ]);
  });

  it('warns when outcomes are too thin to review against', () => {
    expect(warningsFor({ outcomes: 'Good work' })).toEqual([
      'The expected outcomes are too thin to review progress against: say what the trainee will be able to do.',
    ]);
  });

  it('warns when no supervision time or study time is stated as an amount of time', () => {
    expect(warningsFor({ supervisorTime: 'The team leader will supervise', studyTime: 'When the desk is quiet' })).toEqual([
      "The supervisor's time is not stated: say who supervises and how much time they give.",
      'No time off for study, training or a project is stated.',
    ]);
  });
});

describe('review schedule', () => {
  it('schedules every interval from the start up to the end date', () => {
    expect(reviewSchedule('2026-01-05', '2026-07-01', 12)).toEqual(['2026-03-30', '2026-06-22']);
    expect(reviewSchedule('2026-01-05', '2026-03-30', 12)).toEqual(['2026-03-30']);
    expect(reviewSchedule('2026-01-05', '2026-03-29', 12)).toEqual([]);
    expect(reviewSchedule('2026-01-05', '2027-01-05', null)).toEqual([]);
  });

  it('never leaves more than 12 weeks between reviews', () => {
    expect(reviewSchedule('2026-01-05', '2026-07-01', 20)).toEqual(['2026-03-30', '2026-06-22']);
  });

  it('is overdue the day after its due date without sign-off', () => {
    expect(reviewState('2026-03-30', null, '2026-03-30')).toBe('due');
    expect(reviewState('2026-03-30', null, '2026-03-31')).toBe('overdue');
    expect(reviewState('2026-03-30', '2026-04-02', '2026-05-01')).toBe('done');
    expect(reviewState('2026-05-30', null, '2026-03-31')).toBe('upcoming');
  });
});

describe('version diff', () => {
  it('lists each changed field with its section, before and after', () => {
    const changes = diffContent(complete, { ...complete, endDate: '2026-12-11', projects: 'Reading list audit' });
    expect(changes).toEqual([
      { section: 'Duration', field: 'endDate', label: 'End date', before: '30/11/2026', after: '11/12/2026' },
      { section: 'Qualifications, projects and specific work', field: 'projects', label: 'Projects and specific work', before: '', after: 'Reading list audit' },
    ]);
    expect(diffContent(complete, { ...complete })).toEqual([]);
  });

  it('shows dates as the manager reads them (dd/mm/yyyy), and hours with their unit', () => {
    const changes = diffContent(
      { ...complete, gatewayDate: null, otjMinimumHours: null },
      { ...complete, startDate: '2026-09-08', gatewayDate: '2027-02-07', otjMinimumHours: 420, hoursPerWeek: 30 },
    );
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      [FIELD_LABELS.startDate, '01/09/2026', '08/09/2026'],
      [FIELD_LABELS.gatewayDate, '', '07/02/2027'],
      [FIELD_LABELS.hoursPerWeek, '22.5 hours', '30 hours'],
      [FIELD_LABELS.otjMinimumHours, '', '420 hours'],
    ]);
  });
});
