import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordCpd, type CpdEntryDraft } from '../../../electron/main/domains/registration/cpd-api';
import { registrationAgendaHints } from '../../../electron/main/domains/registration/agenda';
import { revalidationsDue, stalledJourneys } from '../../../electron/main/domains/registration/views';
import { AppError } from '../../../shared/result';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

const TODAY = '2026-11-23';
const NOW = '2026-11-23T10:00:00.000Z';

describe('registration API used by other domains', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  const draft = (memberId: number, extra: Partial<CpdEntryDraft> = {}): CpdEntryDraft => ({
    memberId,
    date: '2026-11-20',
    activityType: 'shadowing_visit',
    hours: 3.5,
    reflection: 'Saw how another library runs its enquiry desk.',
    sections: ['11'],
    source: null,
    ...extra,
  });

  const expectFieldError = (fn: () => unknown, field: string) => {
    const before = t.checksum();
    let caught: unknown;
    try {
      fn();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).field).toBe(field);
    expect(t.checksum()).toBe(before);
  };

  it('recordCpd adds hours that count towards revalidation, once per source', async () => {
    const clinical = await sampleMember(t, 'Clinical Librarian');
    const [visit] = await t.call('activities:listVisits', {});
    const fromVisit = { source: { kind: 'shadowing', id: visit?.id as number } } as const;
    const id = recordCpd(t.db, draft(clinical.id, fromVisit), NOW, TODAY);
    expect(id).toBeGreaterThan(0);
    expect(revalidationsDue(t.db, TODAY, 30)[0]?.cpdHours12m).toBe(16);
    expectFieldError(() => recordCpd(t.db, draft(clinical.id, fromVisit), NOW, TODAY), 'source');
  });

  it('recordCpd refuses bad hours, future dates and unknown members, writing nothing', async () => {
    const clinical = await sampleMember(t, 'Clinical Librarian');
    expectFieldError(() => recordCpd(t.db, draft(clinical.id, { hours: 0 }), NOW, TODAY), 'hours');
    expectFieldError(() => recordCpd(t.db, draft(clinical.id, { hours: 30 }), NOW, TODAY), 'hours');
    expectFieldError(() => recordCpd(t.db, draft(clinical.id, { hours: 1.3 }), NOW, TODAY), 'hours');
    expectFieldError(() => recordCpd(t.db, draft(clinical.id, { date: '2026-11-24' }), NOW, TODAY), 'date');
    expectFieldError(() => recordCpd(t.db, draft(9999), NOW, TODAY), 'memberId');
  });

  it('hints a stalled journey and a revalidation due for the next one-to-one', async () => {
    const candidate = await sampleMember(t, 'Assistant Librarian');
    const clinical = await sampleMember(t, 'Clinical Librarian');
    const trainee = await sampleMember(t, 'Graduate Trainee');
    const candidateHints = registrationAgendaHints(t.db, candidate.id, TODAY);
    expect(candidateHints).toHaveLength(1);
    expect(candidateHints[0]).toMatchObject({ source: 'registration', priority: 1, title: 'Chartership (MCLIP) progress: stalled' });
    expect(candidateHints[0]?.link).toMatch(/^\/registration\/journeys\/\d+$/);
    const clinicalHints = registrationAgendaHints(t.db, clinical.id, TODAY);
    expect(clinicalHints.map((h) => h.title)).toEqual(['Revalidation due in 20 days']);
    expect(clinicalHints[0]?.detail).toContain('12.5 of 20 CPD hours');
    expect(registrationAgendaHints(t.db, trainee.id, TODAY)).toEqual([]);
  });

  it('exports stalled journeys and revalidations due for the home dashboard', async () => {
    expect(stalledJourneys(t.db, TODAY).map((j) => j.level)).toEqual(['chartership']);
    expect(stalledJourneys(t.db, TODAY, 52)).toEqual([]);
    expect(revalidationsDue(t.db, TODAY, 30).map((r) => r.daysToAnniversary)).toEqual([20]);
    expect(revalidationsDue(t.db, TODAY, 90).map((r) => r.daysToAnniversary)).toEqual([20, 75]);
  });
});
