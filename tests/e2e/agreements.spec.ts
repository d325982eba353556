import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays } from '../../shared/dates';
import type { AgreementDetail, AgreementSummary } from '../../shared/domains/agreements';
import type { Member } from '../../shared/domains/team';
import { docxText } from '../helpers/documents';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { AgreementsPage } from './pages/agreements-page';
import { DashboardPage } from './pages/dashboard-page';

/** The text poppler reads back from a PDF: what a person or a screen reader gets from the printed page. */
function pdfToText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-e2e-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.pdf'), bytes);
    return execFileSync('pdftotext', [path.join(dir, 'a.pdf'), '-']).toString().replace(/\s+/g, ' ');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function memberByTitle(call: <T>(c: string, i?: unknown) => Promise<T>, title: string) {
  const people = await call<Member[]>('team:list', { includeArchived: false });
  const found = people.find((p) => p.jobTitle.includes(title));
  if (!found) throw new Error(`no ${title}`);
  return found;
}

test('a placement agreement is signed by trainee, manager and the university tutor, exported to both formats, and changed into version 2', async ({ page, workbench }) => {
  test.slow(); // the whole life of an agreement, with two downloads and several accessibility scans
  const student = await memberByTitle(workbench.call, 'Placement Student');
  const agreements = new AgreementsPage(page);
  await agreements.open();
  await expectNoAxeViolations(page);
  await agreements.startNew(student.name);
  await expect(agreements.dialog.getByLabel('Scheme')).toHaveValue('work_placement');
  await expectNoAxeViolations(page);
  await agreements.dialog.getByRole('button', { name: 'Create draft' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `${student.name}: work placement agreement` })).toBeVisible();
  // Hours come from the student's FTE (0.6) × the full-time week in Settings (37), not from the template.
  await expect(page.getByLabel('Hours per week', { exact: true })).toHaveValue('22.2');
  await expect(agreements.completeness).toContainText('Not ready for signature');
  await expect(agreements.completeness.getByRole('list', { name: 'Missing sections' })).toContainText('Training to be given');
  await expect(agreements.completeness.getByRole('list', { name: 'Warnings' })).toContainText('cheap labour');
  await expectNoAxeViolations(page);

  // Placeholder text does not complete a section.
  await agreements.fill({ 'Training to be given': 'TBC' });
  await agreements.saveDraft();
  await expect(agreements.completeness.getByRole('list', { name: 'Missing sections' })).toContainText('Training to be given');

  await agreements.fill({
    'Place of work': 'Eastgate Community Library',
    'Training to be given': 'Enquiry desk coaching and a session on the library management system.',
    'Expected outcomes': 'Run a reading session for children; write a stock report for the branch.',
    'Time off for study, training or a project': 'Half a day each week for the university dissertation.',
    "The supervisor's time commitment": 'The branch manager supervises: one hour a week together.',
    'Projects and specific work': 'Stock report on the graphic novels collection.',
    "Trainee's hopes and motivation": 'To see public library work before choosing a career.',
    Skills: 'Reader advisory\nRunning a reading session',
    Knowledge: 'How public libraries are funded',
    Behaviours: 'Curiosity and patience with readers',
    "Manager's expectations": 'Be on time, ask questions, keep the diary.',
  });
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Contact 1 role').selectOption({ label: 'Placement tutor (home university or college)' });
  await agreements.fill({
    'Contact 1 name': 'Dr Siân ap Dŵr',
    'Contact 1 organisation': 'Aberystwyth University',
    'Contact 1 email': 'sian.apdwr@example.ac.uk',
    'Contact 1 planned visits and purpose': 'Mid-placement visit',
  });
  await agreements.saveDraft();
  await expect(agreements.completeness).toContainText('Complete: every section is filled in');

  // Ready, signed by the trainee, then back to draft with a reason: the signature is set aside.
  await page.getByRole('button', { name: 'Mark ready for signature' }).click();
  await agreements.sign('trainee', undefined, '2026-11-16');
  await page.getByRole('button', { name: 'Back to draft' }).click();
  await agreements.dialog.getByLabel('Reason for the change').fill('The tutor asked us to name the project supervisor.');
  await expectNoAxeViolations(page);
  await agreements.dialog.getByRole('button', { name: 'Back to draft' }).click();
  await expect(page.getByText(/The tutor asked us to name the project supervisor\. \(signatures set aside: trainee .*16\/11\/2026\)/)).toBeVisible();

  await page.getByRole('button', { name: 'Mark ready for signature' }).click();
  const signatures = page.getByRole('list', { name: 'Signatures' });
  await expect(signatures.getByRole('listitem')).toHaveText([/^Trainee: not signed yet/, /^Manager: not signed yet/, /^Placement tutor: not signed yet/]);
  await agreements.sign('trainee', undefined, '2026-11-18');
  await page.getByRole('button', { name: 'Record placement tutor signature' }).click();
  await expect(agreements.dialog.getByLabel('Placement tutor: who signs')).toHaveValue('Dr Siân ap Dŵr');
  await expectNoAxeViolations(page);
  await agreements.dialog.getByRole('button', { name: 'Cancel' }).click();
  await agreements.signAsContact('placement tutor', 'Dr Siân ap Dŵr', '2026-11-20');
  await agreements.sign('manager', 'Morgan Manager');
  await expect(page.getByText('this version is read-only')).toBeVisible();
  await expect(signatures).toContainText('Trainee: signed by');
  await expect(signatures).toContainText('on 18/11/2026');
  await expect(signatures).toContainText('Placement tutor: signed by Dr Siân ap Dŵr on 20/11/2026');
  await expect(signatures).toContainText('Manager: signed by Morgan Manager on 23/11/2026');

  const docx = await agreements.download('Export Word (.docx)');
  expect(docx.suggestedFilename()).toMatch(/^work-placement-agreement-.*-v1\.docx$/);
  const text = await docxText(fs.readFileSync(await docx.path()));
  for (const expected of ['External contacts and planned visits', 'Dr Siân ap Dŵr', 'sian.apdwr@example.ac.uk', 'Placement tutor',
    'Signed on 20/11/2026', 'Signed on 23/11/2026', 'Time off for study, training or a project', 'Behaviours']) {
    expect(text).toContain(expected);
  }
  const pdf = await agreements.download('Export PDF');
  const pdfText = pdfToText(fs.readFileSync(await pdf.path()));
  for (const expected of ['sian.apdwr@example.ac.uk', 'Placement tutor', 'Signed on 20/11/2026', 'Morgan Manager']) expect(pdfText).toContain(expected);

  await page.getByRole('button', { name: 'Make a change (new version)' }).click();
  await expect(page.getByRole('button', { name: 'Version 2: Draft' })).toHaveAttribute('aria-pressed', 'true');
  await agreements.fill({ 'Projects and specific work': 'Stock report, and a display for Local History Month.' });
  await agreements.saveDraft(2);
  const diff = page.getByRole('table', { name: 'Changes from version 1 to version 2' });
  await expect(diff.getByRole('row', { name: /Projects and specific work/ })).toContainText('a display for Local History Month');
  await page.getByRole('button', { name: 'Version 1: Signed' }).click();
  await expect(page.getByLabel('Projects and specific work', { exact: true })).toBeDisabled();
  await expectNoAxeViolations(page);

  // A second agreement overlapping this one is refused, with the reason shown.
  await agreements.open();
  await agreements.startNew(student.name);
  await agreements.dialog.getByRole('button', { name: 'Create draft' }).click();
  await expect(agreements.dialog.getByRole('alert')).toContainText('already has a work placement agreement');
});

test('an apprentice behind on off-the-job hours: the rule is named, the week in progress is not counted, and logging catches up', async ({ page, workbench }) => {
  const agreements = new AgreementsPage(page);
  const [sample] = (await workbench.call<AgreementSummary[]>('agreements:list', {})).filter((a) => a.scheme === 'apprenticeship');
  const shortfall = sample?.otj?.shortfall ?? 0;
  expect(shortfall).toBeGreaterThan(0);
  await agreements.open();
  const row = agreements.trainees.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Apprenticeship', exact: true }) });
  await expect(row).toContainText('Behind');
  await row.getByRole('link').click();
  await agreements.tab('Off-the-job training').click();
  const progress = page.getByRole('region', { name: 'Progress' });
  await expect(progress).toContainText('Rule applied: England, apprenticeships starting from 1 August 2025');
  await expect(progress).toContainText(`${shortfall} hours short`);
  await expect(progress).toContainText('(the week in progress is not counted)');
  await expect(progress).toContainText('Minimum set for the apprenticeship standard: 420 hours (never below 187 hours).');
  await expectNoAxeViolations(page);
  const half = Math.ceil(shortfall / 2);
  await agreements.fill({ Date: '2026-11-19', Hours: String(half), Activity: 'Study block: classification' });
  await page.getByRole('button', { name: 'Log hours' }).click();
  await expect(page.getByRole('status').getByText(`${half} hours of off-the-job training logged.`)).toBeVisible();
  await agreements.fill({ Date: '2026-11-20', Hours: String(half), Activity: 'Provider workshop: subject indexing' });
  await page.getByRole('button', { name: 'Log hours' }).click();
  await expect(progress).toContainText('On track:');
  await agreements.fill({ Date: '2020-01-01', Hours: '2', Activity: 'Too early' });
  await page.getByRole('button', { name: 'Log hours' }).click();
  await expect(page.getByText(/date must be within the agreement/i)).toBeVisible();
});

test('the dashboard asks about a calendar month with no off-the-job training', async ({ page, workbench }) => {
  const apprentice = await memberByTitle(workbench.call, 'Level 3 apprentice');
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const title = `${apprentice.name}: no off-the-job training recorded in September 2026`;
  await expect(dashboard.item(title)).toContainText('Some off-the-job activity is expected every month until gateway');
  await dashboard.item(title).getByRole('link', { name: title }).click();
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText('Rule applied');
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
  const content = { ...template.versions[0]?.content, startDate: start, endDate: addDays(start, 400), gatewayDate: null, reviewEveryWeeks: 12 };
  await workbench.call('agreements:updateDraft', { versionId, content });
  await workbench.call('agreements:markReady', { versionId });
  // The training provider signs as the named contact copied from the sample agreement.
  for (const [role, name] of [['trainee', assistant.name], ['manager', 'Line manager'], ['provider', 'Jo Marsh']]) {
    await workbench.call('agreements:sign', { versionId, role, name, signedOn: addDays(start, 2) });
  }

  const agreements = new AgreementsPage(page);
  await agreements.open();
  await expect(agreements.traineeRow(assistant.name)).toContainText('Overdue (1)');
  await agreements.traineeRow(assistant.name).getByRole('link').click();
  await agreements.tab('Reviews').click();
  await expect(page.getByRole('article').first()).toContainText('Overdue');
  await expectNoAxeViolations(page);
});

test('Settings name the off-the-job rules with the start dates they apply to and their sources', async ({ page, workbench: _ }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const rules = page.getByRole('table', { name: 'Off-the-job training rules and the start dates they apply to' });
  await expect(rules.getByRole('row', { name: /starting 1 August 2022 to 31 July 2025/ })).toContainText('01/08/2022');
  await expect(rules.getByRole('row', { name: /starting 1 August 2022 to 31 July 2025/ })).toContainText('less statutory annual leave (5.6 weeks a year, pro rata)');
  await expect(rules.getByRole('row', { name: /starting from 1 August 2025/ })).toContainText('never below 187 hours');
  await expect(rules.getByRole('row', { name: /starting from 1 August 2025/ })).toContainText('DfE, Apprenticeship funding rules 2025 to 2026');
  await expectNoAxeViolations(page);
});

test('a learning log entry and a visit are corrected, and a deleted entry comes back with Undo, all still there after a reload', async ({ page, workbench }) => {
  const apprentice = await memberByTitle(workbench.call, 'Level 3 apprentice');
  const agreements = new AgreementsPage(page);
  await agreements.open();
  await agreements.traineeRow(apprentice.name).getByRole('link').click();
  await agreements.tab('Learning log').click();
  await agreements.fill({ Date: '2026-11-20', 'What I did': 'Shelved the returns.', 'What I learned': 'Dewey ranges.' });
  await page.getByRole('button', { name: 'Add entry' }).click();
  const entries = page.getByRole('region', { name: 'Entries' });
  await expect(entries).toContainText('Shelved the returns.');

  await entries.getByRole('button', { name: 'Edit entry of 20/11/2026' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit the entry of 20/11/2026' });
  await expect(edit.getByLabel('What I did')).toHaveValue('Shelved the returns.');
  await expect(edit.getByLabel('What I learned')).toHaveValue('Dewey ranges.');
  await expectNoAxeViolations(page);
  await edit.getByLabel('What I did').fill('Shelved the returns with Łukasz Żółć.');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(entries).toContainText('Shelved the returns with Łukasz Żółć.');

  await entries.getByRole('button', { name: 'Delete entry of 20/11/2026' }).click();
  await expect(entries).not.toContainText('Shelved the returns');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(entries).toContainText('Shelved the returns with Łukasz Żółć.');

  await agreements.tab('Visits').click();
  await agreements.fill({ 'Visit date': '2026-12-01', Visitor: 'Siân ap Dŵr (Northfield College)', Purpose: 'Progress check' });
  await page.getByRole('button', { name: 'Record visit' }).click();
  const visits = page.getByRole('table', { name: 'Visits' });
  await expect(visits).toContainText('Progress check');
  await visits.getByRole('button', { name: 'Edit visit of 01/12/2026 by Siân ap Dŵr (Northfield College)' }).click();
  const editVisit = page.getByRole('dialog', { name: 'Edit the visit of 01/12/2026' });
  await expect(editVisit.getByLabel('Purpose')).toHaveValue('Progress check');
  await editVisit.getByLabel('Purpose').fill('Three-way progress review');
  await editVisit.getByLabel('Visit date').fill('2026-12-03');
  await expectNoAxeViolations(page);
  await editVisit.getByRole('button', { name: 'Save changes' }).click();
  await expect(editVisit).toBeHidden();

  await page.reload();
  await expect(visits).toContainText('03/12/2026');
  await expect(visits).toContainText('Three-way progress review');
  await expect(visits).not.toContainText('Progress check');
  await agreements.tab('Learning log').click();
  await expect(entries).toContainText('Shelved the returns with Łukasz Żółć.');
  await expectNoAxeViolations(page);
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

test('an off-the-job entry is deleted at once and comes back with Undo, still there after a reload', async ({ page, workbench }) => {
  const apprentice = await memberByTitle(workbench.call, 'Level 3 apprentice');
  const agreements = new AgreementsPage(page);
  await agreements.open();
  await agreements.traineeRow(apprentice.name).getByRole('link').click();
  await agreements.tab('Off-the-job training').click();
  await agreements.fill({ Date: '2026-11-19', Hours: '2.5', Activity: 'Cataloguing workshop with Siân ap Dŵr' });
  await page.getByRole('button', { name: 'Log hours' }).click();
  const entries = page.getByRole('table', { name: 'Off-the-job training entries' });
  await expect(entries).toContainText('Cataloguing workshop with Siân ap Dŵr');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await entries.getByRole('button', { name: 'Delete Cataloguing workshop with Siân ap Dŵr on 19/11/2026' }).click();
  await expect(entries).not.toContainText('Cataloguing workshop');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').getByText('Off-the-job entry “Cataloguing workshop with Siân ap Dŵr” of 19/11/2026 restored.')).toBeVisible();
  await page.reload();
  await expect(entries.getByRole('row').filter({ hasText: 'Cataloguing workshop with Siân ap Dŵr' })).toContainText('2.5');
  expect(dialogs).toBe(0);
  await expectNoAxeViolations(page);
});

test('the draft note under the learning log form takes no room at rest and "Draft saved" does not move the form', async ({ page, workbench }) => {
  const apprentice = await memberByTitle(workbench.call, 'Level 3 apprentice');
  const agreements = new AgreementsPage(page);
  await agreements.open();
  await agreements.traineeRow(apprentice.name).getByRole('link').click();
  await agreements.tab('Learning log').click();
  const add = page.getByRole('button', { name: 'Add entry' });
  const top = async () => (await add.boundingBox())?.y ?? Number.NaN;
  const form = page.getByRole('region', { name: 'Add a learning log entry' });
  const note = form.getByRole('status');
  // Measured once the tab has loaded and the stored draft (none) has been looked up: the form is enabled.
  await expect(add).toBeVisible();
  await expect(form.getByLabel('What I did', { exact: true })).toBeEditable();
  await expect(note).toHaveClass(/visually-hidden/);
  const atRest = await top();
  // At rest the space under the last field is the form's usual gap between rows: no blank line for the note.
  const bottom = async (label: string) => {
    const box = await form.getByLabel(label, { exact: true }).boundingBox();
    return (box?.y ?? 0) + (box?.height ?? 0);
  };
  const labelTop = async (text: string) => (await form.getByText(text, { exact: true }).boundingBox())?.y ?? 0;
  const rowGap = (await labelTop('What next')) - (await bottom('What I learned'));
  expect(atRest - (await bottom('What next'))).toBeLessThanOrEqual(rowGap + 1);
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/images/draft-note-at-rest.png' });

  await page.getByLabel('What I did', { exact: true }).pressSequentially('Shelved the returns');
  const typing = await top();
  await expect(note).toContainText('Draft saved.');
  expect(await top()).toBe(typing);
  expect(typing).toBeGreaterThan(atRest);
  await page.screenshot({ path: 'docs/images/draft-note-saved.png' });
});

test('a diary entry keeps its line breaks, and a pasted long link stays inside the page on the log and off-the-job tabs', async ({ page, workbench }) => {
  const apprentice = await memberByTitle(workbench.call, 'Level 3 apprentice');
  const [agreement] = await workbench.call<AgreementSummary[]>('agreements:list', { memberId: apprentice.id });
  const link = `https://example.org/library/${'żółć'.repeat(100)}`;
  await workbench.call('agreements:addLogEntry', {
    agreementId: agreement?.id,
    date: '2026-11-19',
    did: `Read ${link}`,
    learned: 'Shelving by Dewey\nIssuing to Łukasz Żółć\nHandling a complaint',
    next: '',
  });
  await workbench.call('agreements:addOtj', { agreementId: agreement?.id, date: '2026-11-19', hours: 2, activity: `Course: ${link}`, outcome: '' });
  const agreements = new AgreementsPage(page);
  await agreements.open();
  await agreements.traineeRow(apprentice.name).getByRole('link').click();
  const fitsThePage = () => page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');

  await agreements.tab('Learning log').click();
  const learned = page.getByRole('definition').filter({ hasText: 'Shelving by Dewey' });
  await expect(learned).toBeVisible();
  // The three lines the trainee wrote read as three lines, not "Shelving by Dewey Issuing to …".
  expect(await learned.innerText()).toBe('Shelving by Dewey\nIssuing to Łukasz Żółć\nHandling a complaint');
  expect(await fitsThePage()).toBe(true);

  await agreements.tab('Off-the-job training').click();
  const entries = page.getByRole('table', { name: 'Off-the-job training entries' });
  const remove = entries.getByRole('button', { name: /^Delete Course: https/ });
  await expect(remove).toBeVisible();
  expect(await fitsThePage()).toBe(true);
  // The entry's Delete stays on screen rather than thousands of pixels to the right of a scrolled table.
  const box = await remove.boundingBox();
  expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  // …and reads on one line: only the written text breaks, not the button or the date.
  expect(box?.height ?? Infinity).toBeLessThan(48);
  const dateLines = await entries
    .getByRole('row')
    .filter({ hasText: 'Course: https' })
    .getByRole('cell')
    .first()
    .evaluate((cell) => {
      const range = cell.ownerDocument.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
  expect(dateLines).toBe(1);
});
