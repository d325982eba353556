import type { AgreementContent, AgreementDetail, Version } from '../../../shared/domains/agreements';

/** Typed agreement fixtures: whole contract values, so drift from the contract fails to compile. */
export const content: AgreementContent = {
  startDate: '2026-11-02', endDate: '2027-01-22', hoursPerWeek: 22.5, placeOfWork: 'Eastgate', holidayAbsence: 'Ring', healthSafety: 'Induction',
  contractual: 'HR', training: '', outcomes: '', qualifications: '', projects: '', contacts: [], learningLog: 'Diary', traineeHopes: '',
  managerExpectations: '', reviewEveryWeeks: 4, gatewayDate: null, studyTime: '', supervisorTime: '', apprenticeshipStandard: '', otjMinimumHours: null,
  aims: { skills: '', knowledge: '', behaviours: '' },
};

export const version = (over: Partial<Version> = {}): Version => ({
  id: 1, number: 1, status: 'draft', content, signatures: [], returns: [], createdAt: '2026-11-23T10:00:00Z', readyAt: null, signedAt: null, ...over,
});

export const agreementDetail = (over: Partial<AgreementDetail> = {}): AgreementDetail => {
  const versions = over.versions ?? [version()];
  return {
    id: 7, memberId: 3, memberName: 'Zoë Example', scheme: 'work_placement', versionNumber: versions.length,
    status: versions[versions.length - 1]?.status ?? 'draft', signedVersion: null, phase: 'draft', otjPlan: null, startDate: content.startDate,
    endDate: content.endDate, daysLeft: 60, nextReviewDue: null, overdueReviews: 0, otj: null, warnings: [], versions, completeness: { missing: [], warnings: [] },
    reviews: [], otjEntries: [], logEntries: [], visits: [], requiredSigners: ['trainee', 'manager'], today: '2026-11-23', ...over,
  };
};
