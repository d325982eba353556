import fs from 'node:fs';
import { addDays } from '../../shared/dates';
import type { AgreementDetail, AgreementSummary } from '../../shared/domains/agreements';
import type { Member } from '../../shared/domains/team';
import { docxText } from '../helpers/documents';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { AgreementsPage } from './pages/agreements-page';

async function memberByTitle(call: <T>(c: string, i?: unknown) => Promise<T>, title: string) {
  const people = await call<Member[]>('team:list', { includeArchived: false });
  const found = people.find((p) => p.jobTitle.includes(title));
  if (!found) throw new Error(`no ${title}`);
  return found;
}

test('draft a placement agreement, pass the completeness check, sign, export, and change it into version 2', async ({ page, workbench }) => {
  test.slow(); // the whole life of an agreement, with two downloads and four accessibility scans
  const student = await memberByTitle(workbench.call, 'Placement Student');
  const agreements = new AgreementsPage(page);
  await agreements.open();
  await expectNoAxeViolations(page);
  await agreements.startNew(student.name);
  await expect(agreements.dialog.getByLabel('Scheme')).toHaveValue('work_placement');
  await expectNoAxeViolations(page);
  await agreements.dialog.getByRole('button', { name: 'Create draft' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `${student.name}: work placement agreement` })).toBeVisible();
  await expect(agreements.completeness).toContainText('Not ready for signature');
  await expect(agreements.completeness.getByRole('list', { name: 'Missing sections' })).toContainText('Training to be given');
  await expect(agreements.completeness.getByRole('list', { name: 'Warnings' })).toContainText('cheap labour');
  await expectNoAxeViolations(page);

  await agreements.fill({
    'Place of work': 'Eastgate Community Library',
    'Training to be given': 'Enquiry desk coaching and a session on the library management system.',
    'Expected outcomes': 'Run a reading session for children; write a stock report.',
    'Projects and specific work': 'Stock report on the graphic novels collection.',
    "Trainee's hopes and motivation": 'To see public library work before choosing a career.',
    "Manager's expectations": 'Be on time, ask questions, keep the diary.',
  });
  await page.getByRole('button', { name: 'Add contact' }).click();
  await agreements.fill({ 'Contact 1 name': 'Dr Amara Lee', 'Contact 1 planned visits and purpose': 'Mid-placement visit' });
  await agreements.saveDraft();
  await expect(agreements.completeness).toContainText('Complete: every section is filled in');

  await page.getByRole('button', { name: 'Mark ready for signature' }).click();
  await agreements.sign('trainee');
  await agreements.sign('manager', 'Morgan Manager');
  await expect(page.getByText('this version is read-only')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Signatures' })).toContainText('Manager: signed by Morgan Manager on 23/11/2026');

  const docx = await agreements.download('Export Word (.docx)');
  expect(docx.suggestedFilename()).toMatch(/^work-placement-agreement-.*-v1\.docx$/);
  const text = await docxText(fs.readFileSync(await docx.path()));
  expect(text).toContain('External contacts and planned visits');
  expect(text).toContain('Dr Amara Lee');
  expect(text).toContain('Signed on 23/11/2026');
  const pdf = await agreements.download('Export PDF');
  const pdfBytes = fs.readFileSync(await pdf.path());
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfBytes.length).toBeGreaterThan(2000);

  await page.getByRole('button', { name: 'Make a change (new version)' }).click();
  await expect(page.getByRole('button', { name: 'Version 2: Draft' })).toHaveAttribute('aria-pressed', 'true');
  await agreements.fill({ 'Projects and specific work': 'Stock report, and a display for Local History Month.' });
  await agreements.saveDraft(2);
  const diff = page.getByRole('table', { name: 'Changes from version 1 to version 2' });
  await expect(diff.getByRole('row', { name: /Projects and specific work/ })).toContainText('a display for Local History Month');
  await page.getByRole('button', { name: 'Version 1: Signed' }).click();
  await expect(page.getByLabel('Projects and specific work', { exact: true })).toBeDisabled();
  await expectNoAxeViolations(page);
});

test('an apprentice behind on off-the-job hours gets back on track by logging them', async ({ page, workbench: _ }) => {
  const agreements = new AgreementsPage(page);
  await agreements.open();
  const row = agreements.trainees.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Apprenticeship', exact: true }) });
  await expect(row).toContainText('Behind');
  await row.getByRole('link').click();
  await agreements.tab('Off-the-job training').click();
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText('Behind: 120 hours logged, 126 required by today (6 hours short)');
  await expectNoAxeViolations(page);
  await agreements.fill({ Date: '2026-11-20', Hours: '6', Activity: 'Provider workshop: subject indexing' });
  await page.getByRole('button', { name: 'Log hours' }).click();
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText('On track: 126 hours logged');
  await agreements.fill({ Date: '2020-01-01', Hours: '2', Activity: 'Too early' });
  await page.getByRole('button', { name: 'Log hours' }).click();
  await expect(page.getByText(/date must be within the agreement/)).toBeVisible();
});

test('a progress review not signed off by its due date is flagged overdue on the dashboard', async ({ page, workbench }) => {
  // Arrange: an apprenticeship that started 100 days ago, so its first 12-week review has passed unsigned.
  const today = '2026-11-23';
  const assistant = await memberByTitle(workbench.call, 'Library Assistant');
  const sample = (await workbench.call<AgreementSummary[]>('agreements:list', {})).find((a) => a.scheme === 'apprenticeship');
  const template = await workbench.call<AgreementDetail>('agreements:get', { id: sample?.id });
  const start = addDays(today, -100);
  const created = await workbench.call<AgreementDetail>('agreements:create', {
    memberId: assistant.id, scheme: 'apprenticeship', startDate: start, endDate: addDays(start, 400),
  });
  const versionId = created.versions[0]?.id;
  const content = { ...template.versions[0]?.content, startDate: start, endDate: addDays(start, 400), reviewEveryWeeks: 12 };
  await workbench.call('agreements:updateDraft', { versionId, content });
  await workbench.call('agreements:markReady', { versionId });
  for (const role of ['trainee', 'manager', 'provider']) {
    await workbench.call('agreements:sign', { versionId, role, name: role, signedOn: addDays(start, 2) });
  }

  const agreements = new AgreementsPage(page);
  await agreements.open();
  await expect(agreements.traineeRow(assistant.name)).toContainText('Overdue (1)');
  await agreements.traineeRow(assistant.name).getByRole('link').click();
  await agreements.tab('Reviews').click();
  await expect(page.getByRole('article').first()).toContainText('Overdue');
  await expectNoAxeViolations(page);
});

test('switching the off-the-job rule to a total for the standard changes what is required', async ({ page, workbench: _ }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const card = page.getByRole('region', { name: 'Trainee agreements' });
  await card.getByLabel('Rule', { exact: true }).selectOption('total');
  await card.getByLabel('Total off-the-job hours for the standard').fill('278');
  await card.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByRole('status').getByText('Off-the-job training rule saved.')).toBeVisible();
  const agreements = new AgreementsPage(page);
  await agreements.open();
  // 147 of 548 days of an 18-month apprenticeship: 74.6 of 278 hours are due, and 120 are logged.
  await expect(agreements.trainees.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Apprenticeship', exact: true }) })).toContainText(
    'On track: 120 of 74.6 h',
  );
});

test('keep the learning log, review it together, record a visit, and see it all from the member page', async ({ page, workbench }) => {
  const apprentice = await memberByTitle(workbench.call, 'Level 3 apprentice');
  const agreements = new AgreementsPage(page);
  await agreements.open();
  await agreements.traineeRow(apprentice.name).getByRole('link').click();
  await agreements.tab('Learning log').click();
  await agreements.fill({ Date: '2026-11-23', 'What I did': 'Ran the toddler rhyme time with a colleague.', 'What I learned': 'How to pace a session.' });
  await page.getByRole('button', { name: 'Add entry' }).click();
  const entries = page.getByRole('region', { name: 'Entries' });
  await expect(entries).toContainText('Ran the toddler rhyme time');
  await expectNoAxeViolations(page);
  await entries.getByRole('button', { name: 'Mark reviewed (entry of 23/11/2026)' }).click();
  await expect(entries).toContainText('Reviewed together on 23/11/2026');

  await agreements.tab('Visits').click();
  await agreements.fill({ 'Visit date': '2026-12-01', Visitor: 'Jo Marsh (Northfield College)', Purpose: 'Three-way progress review' });
  await page.getByRole('button', { name: 'Record visit' }).click();
  await expect(page.getByRole('table', { name: 'Visits' })).toContainText('01/12/2026');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: apprentice.name, exact: true }).click();
  const section = page.getByRole('region', { name: 'Expectations agreements' });
  await expect(section).toContainText('Apprenticeship agreement: version 1, signed');
  await expect(section).toContainText('off-the-job hours behind');
});
