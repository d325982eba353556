import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { revalidationDoc } from '../../electron/main/domains/registration/export';
import { renderPdf } from '../../electron/main/lib/pdf';
import type { ExportedFile } from '../../shared/domains/common';
import { hasPdftotext, inkedShareOfFirstPage, MULTILINGUAL, MULTILINGUAL_TEXT, pdfText, typedText } from '../helpers/documents';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { assess, fixture } from './skills/helpers';

/**
 * One test for every PDF the workbench makes (issue #16, "Every character prints"): names and text in
 * English, Welsh, Irish, Polish, Arabic, Chinese and an emoji go in through the app's own channels, and
 * pdftotext gives each of them back as typed (see `pdfText` for what "as typed" allows), in the file whose
 * name keeps the person's name.
 */
const person = (name: string, employmentType: 'permanent' | 'placement_student' = 'permanent') => ({
  name,
  preferredName: '',
  jobTitle: 'Library Assistant',
  grade: 'Band 3',
  team: 'Central Library',
  fte: 1,
  startDate: '2024-09-02',
  lineManagerId: null,
  employmentType,
  cilipNumber: '',
  email: '',
  notes: '',
});

/** "Sara Al-Ahmad will lead the reading group at Central Library on 12 December." */
const ARABIC_PARAGRAPH = 'ستقود سارة الأحمد مجموعة القراءة في Central Library يوم 12 ديسمبر.';

const bytesOf = (file: ExportedFile) => Buffer.from(file.content, 'base64');

/** Each name and the whole paragraph must come back from the PDF exactly. */
function expectEveryScript(pdf: Uint8Array, options: { paragraph?: boolean } = { paragraph: true }) {
  const text = pdfText(pdf);
  for (const [script, name] of Object.entries(MULTILINGUAL)) expect(text, `${script} "${name}" prints`).toContain(typedText(name));
  if (options.paragraph) expect(text).toContain(typedText(MULTILINGUAL_TEXT));
  expect(text).not.toContain('[emoji]');
  expect(text).not.toMatch(/\[U\+[0-9A-F]+\]/);
  // And the page is printed, not only its text layer (pdftoppm renders it; pages are looked at in docs/documents.md).
  expect(inkedShareOfFirstPage(pdf)).toBeGreaterThan(0.005);
}

describe('every PDF export prints every script (pdftotext gives the text back)', () => {
  let t: TestApp;
  beforeEach(async () => {
    if (!hasPdftotext()) throw new Error('pdftotext (poppler-utils) is needed to read PDFs back');
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('one-to-one shared notes', async () => {
    const m = await t.call('team:create', person(MULTILINGUAL.polish));
    const meeting = await t.call('oneToOnes:schedule', { memberId: m.id, scheduledAt: '2026-11-20T10:00:00Z', durationMinutes: 30, location: '', recurrence: 'none' });
    await t.call('oneToOnes:saveNotes', { id: meeting.id, privateNotes: '', sharedNotes: `${MULTILINGUAL_TEXT}\n\n${ARABIC_PARAGRAPH}` });
    const file = await t.call('oneToOnes:exportSharedNotes', { id: meeting.id, format: 'pdf' });
    expect(file.fileName).toBe('one-to-one-notes-łukasz-żółć-2026-11-20.pdf');
    expectEveryScript(bytesOf(file));
    // A right-to-left paragraph with a Latin word and a number in it reads back in typed order too.
    expect(pdfText(bytesOf(file))).toContain(typedText(ARABIC_PARAGRAPH));
  });

  it('subject-access pack', async () => {
    const m = await t.call('team:create', { ...person(MULTILINGUAL.welsh), notes: MULTILINGUAL_TEXT });
    const pack = await t.call('privacy:subjectAccess', { memberId: m.id });
    expect(pack.pdf.fileName).toBe('subject-access-siân-ap-dŵr-2026-11-23.pdf');
    expectEveryScript(bytesOf(pack.pdf));
  });

  it('skills assessment and skills comparison', async () => {
    // A framework the user imported from their own copy: one skill's title is the paragraph.
    const csv = fixture('framework-small.csv').replace('Describing things consistently', `"${MULTILINGUAL_TEXT}"`);
    const summary = await t.call('skills:importCommit', { fileName: 'framework.csv', format: 'csv', content: csv, name: 'Local framework', version: 'v1', edition: '2012' });
    const ours = await t.call('skills:getFramework', { id: summary.id });
    const skillId = (code: string) => ours.sections.flatMap((s) => s.skills).find((k) => k.code === code)?.id ?? 0;
    const m = await t.call('team:create', person(MULTILINGUAL.irish));
    const a = await assess(t, m.id, summary.id, skillId, '2026-09-01', { 'T1.1': [1, 4] });
    await t.call('skills:rate', { assessmentId: a.id, skillId: skillId('T1.1'), current: 1, target: 4, notes: MULTILINGUAL_TEXT });
    const b = await assess(t, m.id, summary.id, skillId, '2026-11-01', { 'T1.1': [3, 4] }, 'reassessment');
    const single = await t.call('skills:exportAssessmentPdf', { id: a.id });
    expect(single.fileName).toBe('skills-seán-ó-briain-2026-09-01.pdf');
    expectEveryScript(bytesOf(single));
    const comparison = await t.call('skills:exportComparisonPdf', { a: a.id, b: b.id });
    expect(comparison.fileName).toBe('skills-comparison-seán-ó-briain-2026-09-01-2026-11-01.pdf');
    expectEveryScript(bytesOf(comparison));
  });

  it('recognition certificate', async () => {
    const winner = await t.call('team:create', person(MULTILINGUAL.polish));
    const nominator = await t.call('team:create', person(MULTILINGUAL.english));
    const scheme = await t.call('recognition:createScheme', {
      name: `${MULTILINGUAL.welsh} ${MULTILINGUAL.emoji}`,
      cadence: 'monthly',
      categories: [`${MULTILINGUAL.arabic} ${MULTILINGUAL.chinese}`],
      values: [],
      reward: MULTILINGUAL.irish,
      allowSelfNomination: false,
      anonymous: false,
      cooldownCycles: 0,
      decidedBy: 'manager',
      tieBreak: 'manager',
      minReasonLength: 10,
    });
    const cycle = await t.call('recognition:openCycle', { schemeId: scheme.id });
    await t.call('recognition:nominate', {
      cycleId: cycle.id,
      nomineeId: winner.id,
      nominatorId: nominator.id,
      category: `${MULTILINGUAL.arabic} ${MULTILINGUAL.chinese}`,
      reason: `${MULTILINGUAL.english} says: welcomed ${MULTILINGUAL.welshText} readers.`,
      evidence: '',
    });
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    const n = (await t.call('recognition:getCycle', { id: cycle.id })).nominations[0];
    await t.call('recognition:decide', { cycleId: cycle.id, nominationId: n?.id ?? 0, reason: 'Outstanding' });
    const file = await t.call('recognition:exportCertificate', { cycleId: cycle.id });
    expect(file.fileName).toBe('certificate-łukasz-żółć-november-2026.pdf');
    // A certificate prints names and labels, not a free-text paragraph.
    expectEveryScript(bytesOf(file), { paragraph: false });
  });

  it('trainee agreement', async () => {
    const m = await t.call('team:create', person(MULTILINGUAL.welsh, 'placement_student'));
    const draft = await t.call('agreements:create', { memberId: m.id, scheme: 'work_placement', startDate: '2026-11-02', endDate: '2027-01-22' });
    const version = draft.versions.at(-1);
    if (!version) throw new Error('no version');
    // Every free-text box of the template gets the paragraph (whatever boxes the template has today).
    const content = Object.fromEntries(Object.entries(version.content).map(([k, v]) => [k, v === '' ? MULTILINGUAL_TEXT : v]));
    await t.call('agreements:updateDraft', { versionId: version.id, content: content as typeof version.content });
    const file = await t.call('agreements:export', { versionId: version.id, format: 'pdf' });
    expect(file.fileName).toBe('work-placement-agreement-siân-ap-dŵr-v1.pdf');
    expectEveryScript(bytesOf(file));
  });

  it('CPD log and revalidation statement (its document, rendered to PDF)', async () => {
    const m = await t.call('team:create', person(MULTILINGUAL.irish));
    await t.call('registration:addCpd', {
      memberId: m.id,
      date: '2026-11-20',
      activityType: 'course',
      hours: 2,
      title: `${MULTILINGUAL.chinese} ${MULTILINGUAL.emoji}`,
      reflection: MULTILINGUAL_TEXT,
      sections: ['11'],
    });
    const view = await t.call('registration:revalidation', { memberId: m.id });
    expectEveryScript(await renderPdf(revalidationDoc(view)));
  });
});
