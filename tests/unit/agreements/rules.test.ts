import { describe, expect, it } from 'vitest';
import type { AgreementContent } from '../../../shared/domains/agreements';
import { checkCompleteness, diffContent, reviewSchedule, reviewState } from '../../../shared/domains/agreements-rules';

const complete: AgreementContent = {
  startDate: '2026-09-01',
  endDate: '2026-11-30',
  hoursPerWeek: 22.5,
  placeOfWork: 'Eastgate',
  holidayAbsence: 'Ring the manager',
  healthSafety: 'Induction',
  contractual: 'HR intranet',
  training: 'Enquiry desk coaching',
  outcomes: 'Answer enquiries',
  qualifications: 'MA LIS',
  projects: '',
  contacts: [{ role: 'placement_coordinator', name: 'Dr Lee', organisation: 'Uni', email: '', visits: 'Mid-point visit' }],
  learningLog: 'Daily diary',
  traineeHopes: 'Experience',
  managerExpectations: 'Reliability',
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

  it('asks apprenticeships for a named training provider', () => {
    expect(checkCompleteness(complete, 'apprenticeship').missing).toEqual([
      'A named training provider (they sign the apprenticeship training plan)',
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
      { section: 'Duration', field: 'endDate', label: 'End date', before: '2026-11-30', after: '2026-12-11' },
      { section: 'Qualifications, projects and specific work', field: 'projects', label: 'Projects and specific work', before: '', after: 'Reading list audit' },
    ]);
    expect(diffContent(complete, { ...complete })).toEqual([]);
  });
});
