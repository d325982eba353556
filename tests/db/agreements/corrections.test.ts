import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementSummary } from '../../../shared/domains/agreements';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

/** Correcting the running record of an agreement: learning log entries and visits can be edited, deleted and put back. */
let t: TestApp;
let agreement: AgreementSummary;
beforeEach(async () => {
  t = await createTestApp({ sample: true });
  const apprentice = await sampleMember(t, 'Level 3 apprentice');
  agreement = (await t.call('agreements:list', { memberId: apprentice.id }))[0] as AgreementSummary;
});
afterEach(() => t.close());

const addLog = () =>
  t.call('agreements:addLogEntry', { agreementId: agreement.id, date: '2026-11-16', did: 'Shelved the returns', learned: 'Dewey ranges', next: 'Try the issue desk' });
const addVisit = () =>
  t.call('agreements:addVisit', { agreementId: agreement.id, date: '2026-11-18', contact: 'Siân ap Dŵr (tutor)', purpose: 'Progress check', notes: 'Going well' });

describe('agreements:updateLogEntry', () => {
  it('changes the entry in place and keeps its review date', async () => {
    const entry = (await addLog()).logEntries[0];
    if (!entry) throw new Error('no entry');
    await t.call('agreements:reviewLogEntry', { id: entry.id });
    const after = await t.call('agreements:updateLogEntry', {
      id: entry.id, changes: { date: '2026-11-17', did: 'Shelved the returns and fiction', learned: 'Dewey ranges and genre labels', next: '' },
    });
    expect(after.logEntries.filter((e) => e.id === entry.id)).toEqual([
      { id: entry.id, date: '2026-11-17', did: 'Shelved the returns and fiction', learned: 'Dewey ranges and genre labels', next: '', reviewedOn: '2026-11-23' },
    ]);
    expect(t.events).toContain('agreements:changed');
  });

  it('refuses an empty "what I did", a date outside the agreement or in the future, and an unknown entry, writing nothing', async () => {
    const entry = (await addLog()).logEntries[0];
    if (!entry) throw new Error('no entry');
    const before = t.checksum();
    const cases: [unknown, string, string][] = [
      [{ id: entry.id, changes: { date: '2026-11-17', did: '  ', learned: '', next: '' } }, 'VALIDATION', 'changes.did'],
      [{ id: entry.id, changes: { date: '2020-01-01', did: 'x', learned: '', next: '' } }, 'VALIDATION', 'date'],
      [{ id: entry.id, changes: { date: '2026-11-30', did: 'x', learned: '', next: '' } }, 'VALIDATION', 'date'],
      [{ id: 999_999, changes: { date: '2026-11-17', did: 'x', learned: '', next: '' } }, 'NOT_FOUND', 'id'],
    ];
    for (const [input, code, field] of cases) expect(await t.fail('agreements:updateLogEntry', input)).toMatchObject({ code, field });
    expect(t.checksum()).toBe(before);
  });
});

describe('agreements:deleteLogEntry and agreements:restoreLogEntry', () => {
  it('deletes an entry and undo puts it back as it was, review date and place included', async () => {
    const entry = (await addLog()).logEntries[0];
    if (!entry) throw new Error('no entry');
    const reviewed = (await t.call('agreements:reviewLogEntry', { id: entry.id })).logEntries.find((e) => e.id === entry.id);
    if (!reviewed) throw new Error('no entry');
    const gone = await t.call('agreements:deleteLogEntry', { id: entry.id });
    expect(gone.logEntries.some((e) => e.id === entry.id)).toBe(false);
    const back = await t.call('agreements:restoreLogEntry', { agreementId: agreement.id, ...reviewed });
    expect(back.logEntries.find((e) => e.id === entry.id)).toEqual(reviewed);
  });

  it('refuses an unknown entry, and a restore outside the agreement, writing nothing', async () => {
    const before = t.checksum();
    expect(await t.fail('agreements:deleteLogEntry', { id: 999_999 })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const restore = { agreementId: agreement.id, id: 5000, date: '2019-05-01', did: 'x', learned: '', next: '', reviewedOn: null };
    expect(await t.fail('agreements:restoreLogEntry', restore)).toMatchObject({ code: 'VALIDATION', field: 'date' });
    expect(await t.fail('agreements:restoreLogEntry', { ...restore, agreementId: 999_999, date: '2026-11-16' })).toMatchObject({ code: 'NOT_FOUND', field: 'agreementId' });
    expect(t.checksum()).toBe(before);
  });
});

describe('agreements:updateVisit', () => {
  it('changes the visit in place; a planned visit may be in the future', async () => {
    const v = (await addVisit()).visits[0];
    if (!v) throw new Error('no visit');
    const after = await t.call('agreements:updateVisit', {
      id: v.id, changes: { date: '2027-01-12', contact: 'Łukasz Żółć (assessor)', purpose: 'End-point assessment planning', notes: '' },
    });
    expect(after.visits.filter((x) => x.id === v.id)).toEqual([
      { id: v.id, date: '2027-01-12', contact: 'Łukasz Żółć (assessor)', purpose: 'End-point assessment planning', notes: '' },
    ]);
  });

  it('refuses an empty purpose, a date outside the agreement and an unknown visit, writing nothing', async () => {
    const v = (await addVisit()).visits[0];
    if (!v) throw new Error('no visit');
    const before = t.checksum();
    const changes = { date: '2026-11-18', contact: 'Tutor', purpose: 'Check', notes: '' };
    expect(await t.fail('agreements:updateVisit', { id: v.id, changes: { ...changes, purpose: '' } })).toMatchObject({ code: 'VALIDATION', field: 'changes.purpose' });
    expect(await t.fail('agreements:updateVisit', { id: v.id, changes: { ...changes, date: '2035-01-01' } })).toMatchObject({ code: 'VALIDATION', field: 'date' });
    expect(await t.fail('agreements:updateVisit', { id: 999_999, changes })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(t.checksum()).toBe(before);
  });
});

describe('agreements:deleteVisit and agreements:restoreVisit', () => {
  it('deletes a visit and undo puts it back under its own id', async () => {
    const v = (await addVisit()).visits[0];
    if (!v) throw new Error('no visit');
    expect((await t.call('agreements:deleteVisit', { id: v.id })).visits.some((x) => x.id === v.id)).toBe(false);
    const back = await t.call('agreements:restoreVisit', { agreementId: agreement.id, ...v });
    expect(back.visits.find((x) => x.id === v.id)).toEqual(v);
  });

  it('refuses an unknown visit and a restore outside the agreement, writing nothing', async () => {
    const before = t.checksum();
    expect(await t.fail('agreements:deleteVisit', { id: 999_999 })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const restore = { agreementId: agreement.id, id: 5000, date: '2040-01-01', contact: 'Tutor', purpose: 'Check', notes: '' };
    expect(await t.fail('agreements:restoreVisit', restore)).toMatchObject({ code: 'VALIDATION', field: 'date' });
    expect(t.checksum()).toBe(before);
  });
});

describe('agreements:deleteOtj and agreements:restoreOtjEntry', () => {
  const addOtj = () =>
    t.call('agreements:addOtj', { agreementId: agreement.id, date: '2026-11-16', hours: 3.5, activity: 'Cataloguing workshop', outcome: 'Catalogue to RDA' });

  it('deletes an entry and undo puts it back with its values, id and hours counted again', async () => {
    const added = await addOtj();
    const entry = added.otjEntries.find((e) => e.activity === 'Cataloguing workshop');
    if (!entry) throw new Error('no entry');
    const gone = await t.call('agreements:deleteOtj', { id: entry.id });
    expect(gone.otjEntries.some((e) => e.id === entry.id)).toBe(false);
    expect(gone.otj?.loggedHours).toBe((added.otj?.loggedHours ?? 0) - 3.5);
    const back = await t.call('agreements:restoreOtjEntry', { agreementId: agreement.id, ...entry });
    expect(back.otjEntries.find((e) => e.id === entry.id)).toEqual(entry);
    expect(back.otj?.loggedHours).toBe(added.otj?.loggedHours);
    expect(t.events).toContain('agreements:changed');
  });

  it('refuses a restore outside the agreement, to a graduate traineeship, twice, or of an entry never deleted, writing nothing', async () => {
    const entry = (await addOtj()).otjEntries.find((e) => e.activity === 'Cataloguing workshop');
    if (!entry) throw new Error('no entry');
    await t.call('agreements:deleteOtj', { id: entry.id });
    const trainee = (await t.call('agreements:list', { memberId: (await sampleMember(t, 'Graduate Trainee')).id }))[0] as AgreementSummary;
    const before = t.checksum();
    const restore = { agreementId: agreement.id, ...entry };
    expect(await t.fail('agreements:restoreOtjEntry', { ...restore, date: '2019-05-01' })).toMatchObject({ code: 'VALIDATION', field: 'date' });
    expect(await t.fail('agreements:restoreOtjEntry', { ...restore, hours: 30 })).toMatchObject({ code: 'VALIDATION', field: 'hours' });
    expect(await t.fail('agreements:restoreOtjEntry', { ...restore, agreementId: trainee.id })).toMatchObject({ code: 'VALIDATION', field: 'agreementId' });
    expect(await t.fail('agreements:restoreOtjEntry', { ...restore, id: 999_999 })).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(t.checksum()).toBe(before);
    await t.call('agreements:restoreOtjEntry', restore);
    const once = t.checksum();
    expect(await t.fail('agreements:restoreOtjEntry', restore)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(t.checksum()).toBe(once);
  });
});

describe('restores put a log entry or a visit back only into the agreement it was deleted from', () => {
  const otherAgreement = async () => {
    const trainee = await sampleMember(t, 'Graduate Trainee');
    return (await t.call('agreements:list', { memberId: trainee.id }))[0] as AgreementSummary;
  };

  it('refuses a log entry restored into another agreement, writing nothing, and still puts it back where it was', async () => {
    const entry = (await addLog()).logEntries[0];
    if (!entry) throw new Error('no entry');
    const other = await otherAgreement();
    await t.call('agreements:deleteLogEntry', { id: entry.id });
    const before = t.checksum();
    expect(await t.fail('agreements:restoreLogEntry', { ...entry, agreementId: other.id })).toMatchObject({ code: 'CONFLICT', field: 'agreementId' });
    expect(t.checksum()).toBe(before);
    const back = await t.call('agreements:restoreLogEntry', { ...entry, agreementId: agreement.id });
    expect(back.logEntries.find((e) => e.id === entry.id)).toEqual(entry);
    expect(await t.fail('agreements:restoreLogEntry', { ...entry, agreementId: agreement.id })).toMatchObject({ code: 'CONFLICT', field: 'id' });
  });

  it('refuses a visit restored into another agreement, writing nothing', async () => {
    const v = (await addVisit()).visits[0];
    if (!v) throw new Error('no visit');
    const other = await otherAgreement();
    await t.call('agreements:deleteVisit', { id: v.id });
    const before = t.checksum();
    expect(await t.fail('agreements:restoreVisit', { ...v, agreementId: other.id })).toMatchObject({ code: 'CONFLICT', field: 'agreementId' });
    expect(t.checksum()).toBe(before);
  });
});
