import type { Member } from '../../../shared/domains/team';

/**
 * Typed fixture builders shared by renderer tests: a fixture is a whole contract value with only
 * what the test is about changed, so a contract change shows up here as a compile error.
 */
export const member = (id: number, name: string, over: Partial<Member> = {}): Member => ({
  id,
  name,
  preferredName: '',
  jobTitle: 'Library Assistant',
  grade: 'Band 3',
  team: 'Central Library',
  fte: 1,
  startDate: null,
  lineManagerId: null,
  lineManagerName: null,
  employmentType: 'permanent',
  cilipNumber: '',
  email: '',
  notes: '',
  leftOn: null,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  ...over,
});

/** An answer that arrives a moment later, as it can over IPC. */
export const later = <T,>(value: T, ms = 30) => () => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
