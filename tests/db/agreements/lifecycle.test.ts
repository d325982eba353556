import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../../shared/domains/agreements';
import { docxText, inkedShareOfFirstPage } from '../../helpers/documents';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';
import { completePlacement, versionOf } from './placement';

let t: TestApp;
let draft: AgreementDetail;
beforeEach(async () => {
  t = await createTestApp({ sample: true });
  const student = await sampleMember(t, 'Placement Student');
  draft = await t.call('agreements:create', { memberId: student.id, scheme: 'work_placement', startDate: '2026-11-02', endDate: '2027-01-22' });
});
afterEach(() => t.close());

const v = versionOf;

async function completeAndReady(): Promise<AgreementDetail> {
  const content = completePlacement(v(draft).content, { name: 'Dr Amara Lee', organisation: 'City University', visits: 'Mid-placement visit to check progress' });
  await t.call('agreements:updateDraft', { versionId: v(draft).id, content });
  return t.call('agreements:markReady', { versionId: v(draft).id });
}

describe('agreement lifecycle', () => {
  it('starts from the template and fails the completeness check with the missing sections listed', async () => {
    expect(v(draft).status).toBe('draft');
    expect(v(draft).content.learningLog).toMatch(/placement diary/);
    expect(draft.completeness.missing).toContain('Training to be given');
    expect(draft.completeness.warnings).toContain('No named external contact.');
    const before = t.checksum();
    const error = await t.fail('agreements:markReady', { versionId: v(draft).id });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(error.message).toMatch(/Missing: .*Training to be given/);
    expect(t.checksum()).toBe(before);
  });

  it('goes draft → ready → signed by trainee and manager, then a change makes version 2', async () => {
    const ready = await completeAndReady();
    expect(v(ready).status).toBe('ready');
    const partly = await t.call('agreements:sign', { versionId: v(ready).id, role: 'trainee', name: 'Student', signedOn: '2026-11-20' });
    expect(v(partly).status).toBe('ready');
    const signed = await t.call('agreements:sign', { versionId: v(ready).id, role: 'manager', name: 'Manager', signedOn: '2026-11-23' });
    expect(v(signed)).toMatchObject({ status: 'signed', signedAt: '2026-11-23T10:00:00.000Z' });
    expect(v(signed).signatures.map((s) => [s.role, s.signedOn])).toEqual([['trainee', '2026-11-20'], ['manager', '2026-11-23']]);
    // Reviews every 4 weeks from the start are laid out once signed.
    expect(signed.reviews.map((r) => r.dueOn)).toEqual(['2026-11-30', '2026-12-28', '2027-01-25'].filter((d) => d <= '2027-01-22'));

    const before = t.checksum();
    const edit = await t.fail('agreements:updateDraft', { versionId: v(signed).id, content: { ...v(signed).content, projects: 'x' } });
    expect(edit).toMatchObject({ code: 'CONFLICT', field: 'versionId' });
    expect(edit.message).toMatch(/signed and read-only/);
    expect(t.checksum()).toBe(before);

    const two = await t.call('agreements:newVersion', { agreementId: draft.id });
    expect(two.versions.map((x) => [x.number, x.status])).toEqual([[1, 'signed'], [2, 'draft']]);
    const changed = await t.call('agreements:updateDraft', { versionId: v(two).id, content: { ...v(two).content, endDate: '2027-01-29' } });
    // The draft holds the new date; the agreement keeps the signed version's until version 2 is signed.
    expect(v(changed).content.endDate).toBe('2027-01-29');
    expect(changed.endDate).toBe('2027-01-22');
    expect(v(changed, 0).content.endDate).toBe('2027-01-22');
    expect(changed.signedVersion).toBe(1);
  });

  it('rejects bad input with typed errors naming the field, writing nothing', async () => {
    const student = await sampleMember(t, 'Placement Student');
    const before = t.checksum();
    const endFirst = await t.fail('agreements:create', { memberId: student.id, scheme: 'work_placement', startDate: '2026-12-01', endDate: '2026-11-01' });
    expect(endFirst).toMatchObject({ code: 'VALIDATION', field: 'endDate' });
    for (const hours of [-1, 48.5]) {
      const e = await t.fail('agreements:updateDraft', { versionId: v(draft).id, content: { ...v(draft).content, hoursPerWeek: hours } });
      expect(e).toMatchObject({ code: 'VALIDATION', field: 'content.hoursPerWeek' });
    }
    const dates = await t.fail('agreements:updateDraft', { versionId: v(draft).id, content: { ...v(draft).content, endDate: '2026-10-01' } });
    expect(dates).toMatchObject({ code: 'VALIDATION', field: 'content.endDate' });
    const early = await t.fail('agreements:sign', { versionId: v(draft).id, role: 'trainee', name: 'S', signedOn: '2026-11-20' });
    expect(early).toMatchObject({ code: 'CONFLICT', field: 'versionId' });
    const noOtj = await t.fail('agreements:addOtj', { agreementId: draft.id, date: '2026-11-10', hours: 3, activity: 'x', outcome: '' });
    expect(noOtj).toMatchObject({ code: 'VALIDATION', field: 'agreementId' });
    const unknown = await t.fail('agreements:create', { memberId: 9999, scheme: 'work_placement', startDate: '2026-11-01', endDate: '2026-12-01' });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
    expect(t.checksum()).toBe(before);
  });

  it('exports a .docx and a PDF with every section and signature blocks', async () => {
    const ready = await completeAndReady();
    await t.call('agreements:sign', { versionId: v(ready).id, role: 'trainee', name: 'Student', signedOn: '2026-11-20' });
    const docx = await t.call('agreements:export', { versionId: v(ready).id, format: 'docx' });
    expect(docx.fileName).toMatch(/^work-placement-agreement-.*-v1\.docx$/);
    const text = await docxText(Buffer.from(docx.content, 'base64'));
    for (const heading of ['Work placement agreement', 'Duration', 'Working conditions', 'Training and expected outcomes',
      'Qualifications, projects and specific work', 'External contacts and planned visits', 'Learning log',
      "The trainee's hopes and motivation", "The manager's expectations", 'Signatures']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Dr Amara Lee');
    expect(text).toContain('Signed on 20/11/2026');
    const pdf = await t.call('agreements:export', { versionId: v(ready).id, format: 'pdf' });
    const bytes = Buffer.from(pdf.content, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(inkedShareOfFirstPage(bytes)).toBeGreaterThan(0.01);
  });
});
