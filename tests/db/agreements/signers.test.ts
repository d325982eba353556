import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementContent, AgreementDetail } from '../../../shared/domains/agreements';
import { docxText } from '../../helpers/documents';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let studentId: number;
beforeEach(async () => {
  t = await createTestApp({ sample: true });
  studentId = (await sampleMember(t, 'Placement Student')).id;
});
afterEach(() => t.close());

const latest = (d: AgreementDetail) => {
  const v = d.versions[d.versions.length - 1];
  if (!v) throw new Error('no version');
  return v;
};

const tutor = { role: 'tutor' as const, name: 'Dr Siân ap Dŵr', organisation: 'Aberystwyth University', email: 'sian.apdwr@example.ac.uk', visits: 'Mid-placement visit' };
const coordinator = { role: 'placement_coordinator' as const, name: 'Łukasz Żółć', organisation: 'Aberystwyth University', email: 'placements@example.ac.uk', visits: '' };

/** A complete placement agreement with a named tutor at the home university, ready for signature. */
async function readyPlacement(startDate = '2026-11-02', endDate = '2027-01-22'): Promise<AgreementDetail> {
  const draft = await t.call('agreements:create', { memberId: studentId, scheme: 'work_placement', startDate, endDate });
  const content: AgreementContent = {
    ...latest(draft).content,
    placeOfWork: 'Eastgate Community Library',
    training: 'Enquiry desk coaching and a session on the library management system.',
    outcomes: 'Run a children’s reading session and write a stock report for the branch.',
    projects: 'Stock report on the graphic novels collection.',
    studyTime: 'Half a day each week for the university dissertation.',
    supervisorTime: 'The branch manager supervises: one hour a week together.',
    aims: { skills: 'Reader advisory', knowledge: 'How public libraries are funded', behaviours: 'Curiosity and patience' },
    contacts: [tutor, coordinator],
    traineeHopes: 'See public library work before choosing a career.',
    managerExpectations: 'Be on time and ask questions.',
  };
  await t.call('agreements:updateDraft', { versionId: latest(draft).id, content });
  return t.call('agreements:markReady', { versionId: latest(draft).id });
}

describe('a placement agreement every party can sign', () => {
  it('is signed by the trainee, the manager and the placement tutor chosen from its contacts, each with name, role and date', async () => {
    const ready = await readyPlacement();
    expect(ready.requiredSigners).toEqual(['trainee', 'manager', 'tutor']);
    const versionId = latest(ready).id;

    const before = t.checksum();
    const stranger = await t.fail('agreements:sign', { versionId, role: 'tutor', name: 'Someone Else', signedOn: '2026-11-18' });
    expect(stranger).toMatchObject({ code: 'VALIDATION', field: 'name' });
    expect(stranger.message).toMatch(/one of the agreement's named contacts/);
    expect(t.checksum()).toBe(before);

    await t.call('agreements:sign', { versionId, role: 'trainee', name: 'Placement Student', signedOn: '2026-11-16' });
    await t.call('agreements:sign', { versionId, role: 'tutor', name: 'Dr Siân ap Dŵr', signedOn: '2026-11-18' });
    const signed = await t.call('agreements:sign', { versionId, role: 'manager', name: 'Branch Manager', signedOn: '2026-11-20' });
    expect(latest(signed).status).toBe('signed');
    expect(latest(signed).signatures.map((s) => [s.role, s.name, s.signedOn])).toEqual([
      ['trainee', 'Placement Student', '2026-11-16'],
      ['tutor', 'Dr Siân ap Dŵr', '2026-11-18'],
      ['manager', 'Branch Manager', '2026-11-20'],
    ]);
    // The tutor signs the progress reviews too, on the date they sign.
    const review = signed.reviews[0];
    if (!review) throw new Error('no review');
    t.setNow('2026-12-02T10:00:00Z');
    await t.call('agreements:recordReview', { reviewId: review.id, heldOn: '2026-11-30', notes: 'Good first month.' });
    const afterTutor = await t.call('agreements:signReview', { reviewId: review.id, role: 'tutor', signedOn: '2026-12-01' });
    expect(afterTutor.reviews[0]?.providerSignedOn).toBe('2026-12-01');
  });

  it('without a named tutor, a placement is signed by trainee and manager only', async () => {
    const draft = await t.call('agreements:create', { memberId: studentId, scheme: 'work_placement', startDate: '2026-11-02', endDate: '2027-01-22' });
    expect(draft.requiredSigners).toEqual(['trainee', 'manager']);
  });

  it('exports both formats with every contact’s email and the tutor’s signature block', async () => {
    const ready = await readyPlacement();
    const versionId = latest(ready).id;
    await t.call('agreements:sign', { versionId, role: 'tutor', name: 'Dr Siân ap Dŵr', signedOn: '2026-11-18' });
    const docx = await t.call('agreements:export', { versionId, format: 'docx' });
    const text = await docxText(Buffer.from(docx.content, 'base64'));
    expect(text).toContain('sian.apdwr@example.ac.uk');
    expect(text).toContain('placements@example.ac.uk');
    expect(text).toContain('Placement tutor');
    expect(text).toContain('Dr Siân ap Dŵr');
    expect(text).toContain('Signed on 18/11/2026');
    for (const heading of ['Time off for study, training or a project', "The supervisor's time commitment", 'Skills', 'Knowledge', 'Behaviours']) {
      expect(text).toContain(heading);
    }
    expect(text).not.toContain('Off-the-job training');

    const pdf = await t.call('agreements:export', { versionId, format: 'pdf' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-pdf-'));
    fs.writeFileSync(path.join(dir, 'a.pdf'), Buffer.from(pdf.content, 'base64'));
    const pdfText = execFileSync('pdftotext', ['-layout', path.join(dir, 'a.pdf'), '-']).toString();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(pdfText).toContain('sian.apdwr@example.ac.uk');
    expect(pdfText).toContain('placements@example.ac.uk');
    expect(pdfText).toContain('Placement tutor');
  });

  it('a ready, partly signed version goes back to draft only with a reason, which is kept with the signatures set aside', async () => {
    const ready = await readyPlacement();
    const versionId = latest(ready).id;
    await t.call('agreements:sign', { versionId, role: 'trainee', name: 'Placement Student', signedOn: '2026-11-16' });
    const before = t.checksum();
    const noReason = await t.fail('agreements:backToDraft', { versionId, reason: '  ' });
    expect(noReason).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    expect(t.checksum()).toBe(before);
    const back = await t.call('agreements:backToDraft', { versionId, reason: 'The tutor asked for a second project.' });
    expect(latest(back)).toMatchObject({
      status: 'draft',
      signatures: [],
      returns: [{ reason: 'The tutor asked for a second project.', returnedAt: '2026-11-23T10:00:00.000Z', setAside: [{ role: 'trainee', name: 'Placement Student', signedOn: '2026-11-16' }] }],
    });
  });
});

describe('one live agreement per person at a time', () => {
  it('refuses a second agreement whose dates overlap a draft, naming it, and writes nothing', async () => {
    await t.call('agreements:create', { memberId: studentId, scheme: 'work_placement', startDate: '2026-11-02', endDate: '2027-01-22' });
    const before = t.checksum();
    const clash = await t.fail('agreements:create', { memberId: studentId, scheme: 'work_placement', startDate: '2027-01-04', endDate: '2027-03-26' });
    expect(clash).toMatchObject({ code: 'CONFLICT', field: 'startDate' });
    expect(clash.message).toMatch(/already has a work placement agreement from 02\/11\/2026 to 22\/01\/2027 \(not signed yet\)/);
    expect(t.checksum()).toBe(before);
    const after = await t.call('agreements:create', { memberId: studentId, scheme: 'work_placement', startDate: '2027-01-25', endDate: '2027-03-26' });
    expect(after.phase).toBe('draft');
  });

  it('refuses an overlap with a running agreement, also when a draft’s dates are moved onto it', async () => {
    const apprentice = await sampleMember(t, 'Level 3 apprentice');
    const [running] = await t.call('agreements:list', { memberId: apprentice.id });
    expect(running?.phase).toBe('running');
    const clash = await t.fail('agreements:create', { memberId: apprentice.id, scheme: 'graduate_traineeship', startDate: '2026-12-01', endDate: '2027-05-01' });
    expect(clash.code).toBe('CONFLICT');
    const later = await t.call('agreements:create', { memberId: apprentice.id, scheme: 'graduate_traineeship', startDate: '2029-01-01', endDate: '2029-06-01' });
    const moved = await t.fail('agreements:updateDraft', { versionId: latest(later).id, content: { ...latest(later).content, startDate: '2027-01-01' } });
    expect(moved).toMatchObject({ code: 'CONFLICT', field: 'startDate' });
  });

  it('lists only signed agreements between their dates as running; drafts and future starts are not', async () => {
    const ready = await readyPlacement('2027-02-01', '2027-04-30');
    const versionId = latest(ready).id;
    for (const [role, name] of [['trainee', 'Placement Student'], ['manager', 'Branch Manager'], ['tutor', 'Dr Siân ap Dŵr']] as const) {
      await t.call('agreements:sign', { versionId, role, name, signedOn: '2026-11-20' });
    }
    const list = await t.call('agreements:list', {});
    expect(list.find((a) => a.id === ready.id)?.phase).toBe('upcoming');
    expect(list.filter((a) => a.phase === 'running').map((a) => a.scheme)).toEqual(['apprenticeship']);
    expect(list.find((a) => a.scheme === 'graduate_traineeship')?.phase).toBe('draft');
  });
});

describe('hours per week', () => {
  it('default from the person’s FTE × the full-time week in Settings, not from the template', async () => {
    const draft = await t.call('agreements:create', { memberId: studentId, scheme: 'work_placement', startDate: '2026-11-02', endDate: '2027-01-22' });
    expect(latest(draft).content.hoursPerWeek).toBe(22.2); // FTE 0.6 × 37
    t.db.prepare(`INSERT INTO settings (key, value) VALUES ('team.fullTimeWeekHours', '35') ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run();
    const apprentice = await sampleMember(t, 'Graduate Trainee');
    const [graduateDraft] = await t.call('agreements:list', { memberId: apprentice.id });
    const again = await t.call('agreements:create', { memberId: apprentice.id, scheme: 'graduate_traineeship', startDate: '2030-01-01', endDate: '2030-06-01' });
    expect(graduateDraft).toBeDefined();
    expect(latest(again).content.hoursPerWeek).toBe(35); // FTE 1 × 35
  });
});

describe('the apprenticeship agreement states its off-the-job hours and how they were worked out', () => {
  it('names the rule, the standard, the minimum and the workings in both formats', async () => {
    const apprentice = await sampleMember(t, 'Level 3 apprentice');
    const [app] = await t.call('agreements:list', { memberId: apprentice.id });
    const detail = await t.call('agreements:get', { id: app?.id ?? 0 });
    const versionId = latest(detail).id;
    const docx = await docxText(Buffer.from((await t.call('agreements:export', { versionId, format: 'docx' })).content, 'base64'));
    expect(docx).toContain('Off-the-job training');
    expect(docx).toContain('England, apprenticeships starting from 1 August 2025');
    expect(docx).toContain('420 hours');
    expect(docx).toContain('How the hours were worked out');
    expect(docx).toMatch(/Pacing advice, not the requirement: about [\d.]+ hours a week/);
    const pdf = await t.call('agreements:export', { versionId, format: 'pdf' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-pdf-'));
    fs.writeFileSync(path.join(dir, 'a.pdf'), Buffer.from(pdf.content, 'base64'));
    const pdfText = execFileSync('pdftotext', [path.join(dir, 'a.pdf'), '-']).toString().replace(/\s+/g, ' ');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(pdfText).toContain('420 hours');
    expect(pdfText).toContain('How the hours were worked out');
  });
});
