import { expect, expectNoAxeViolations, test } from './fixtures';
import { CpdScreen, JourneyScreen, RegistrationDashboard } from './pages/registration-pages';

interface MemberLite {
  id: number;
  name: string;
  jobTitle: string;
}

async function memberNamed(call: <T>(channel: string, input?: unknown) => Promise<T>, jobTitle: string) {
  const team = await call<MemberLite[]>('team:list', { includeArchived: false });
  const found = team.find((m) => m.jobTitle === jobTitle);
  if (!found) throw new Error(`no ${jobTitle}`);
  return found;
}

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

test('log CPD until revalidation reaches 20 hours and the statement fits 250 words: ready to submit', async ({ page, workbench }) => {
  const clinical = await memberNamed(workbench.call, 'Clinical Librarian');
  const dashboard = new RegistrationDashboard(page);
  await dashboard.open();
  await dashboard.openCpd(clinical.name);
  const cpd = new CpdScreen(page);
  await expect(cpd.hoursText).toContainText('12.5 h of 20 h');
  await expect(cpd.readiness).toContainText('Not ready yet');

  // Bad input first: nothing is written and the field says why.
  await cpd.logCpd({ type: 'Course', hours: '0', title: 'Nothing really' });
  await expect(cpd.dialog.getByText('Hours must be more than 0')).toBeVisible();
  await cpd.dialog.getByRole('button', { name: 'Cancel' }).click();

  await cpd.logCpd({ date: '2026-11-16', type: 'Course', hours: '4', title: 'Data protection refresher', sections: ['5 Information governance and compliance'] });
  await expect(page.getByRole('link', { name: 'Consider re-rating those skills' })).toBeVisible();
  await expect(cpd.hoursText).toContainText('16.5 h of 20 h');
  await cpd.logCpd({ date: '2026-11-20', type: 'Reading', hours: '3.5', title: 'Reading on evidence summaries' });
  await expect(cpd.hoursText).toContainText('20 h of 20 h');
  await expect(cpd.readiness).toContainText('Not ready yet');

  await cpd.writeStatement({ personal: words(120, 'learning'), organisational: words(100, 'service'), wider: words(40, 'profession') });
  await expect(page.getByText('260 of 250 words in the statement')).toBeVisible();
  await expect(cpd.readiness).toContainText('a statement 10 words shorter');

  await cpd.writeStatement({ personal: words(110, 'learning'), organisational: words(100, 'service'), wider: words(40, 'profession') });
  await expect(cpd.readiness).toContainText('Ready to submit');
  await expect(page.getByRole('button', { name: 'Record as revalidated' })).toBeEnabled();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word (.docx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^cpd-revalidation-.*\.docx$/);
});

test('the dashboard marks the stalled candidate in words, and a stage move from the journey screen clears it', async ({ page, workbench }) => {
  const candidate = await memberNamed(workbench.call, 'Assistant Librarian');
  const dashboard = new RegistrationDashboard(page);
  await dashboard.open();
  await expect(dashboard.journeys.getByRole('row').nth(1)).toContainText(candidate.name);
  await expect(dashboard.journeyRow(candidate.name)).toContainText('Stalled');
  await expect(dashboard.journeyRow(candidate.name)).toContainText('Gathering evidence');
  await expect(page.getByRole('table', { name: 'Candidates by level and stage' })).toBeVisible();
  await expectNoAxeViolations(page);

  await dashboard.openJourney(candidate.name);
  const journey = new JourneyScreen(page);
  await expect(journey.facts).toContainText('Stalled');
  await journey.recordStageChange('Enrolled');
  await expect(page.getByText('Reason is required when moving back to an earlier stage')).toBeVisible();
  await journey.moveToNextStage();
  await expect(journey.facts).toContainText('Portfolio assembly');
  await expect(journey.facts).toContainText('On track');
  await expectNoAxeViolations(page);

  await dashboard.open();
  await expect(dashboard.journeyRow(candidate.name)).not.toContainText('Stalled');
});

test('start a journey from the dashboard; the mentor-is-line-manager warning shows but does not block', async ({ page, workbench }) => {
  const systems = await memberNamed(workbench.call, 'Systems and Metadata Librarian');
  const manager = await memberNamed(workbench.call, 'Library Services Manager');
  const dashboard = new RegistrationDashboard(page);
  await dashboard.open();
  await page.getByRole('button', { name: 'Start a journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a registration journey' });
  await dialog.getByRole('button', { name: 'Start journey' }).click();
  await expect(dialog.getByText('Team member is required')).toBeVisible();
  await dialog.getByLabel('Team member').selectOption({ label: systems.name });
  await dialog.getByLabel('Level').selectOption({ label: 'Fellowship (FCLIP)' });
  await dialog.getByLabel('Mentor', { exact: true }).fill(manager.name);
  await expect(dialog.getByText(`Warning: ${manager.name} is this member's line manager.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Start journey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${systems.name}: Fellowship (FCLIP)` })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Warnings' })).toContainText('line manager');
  await dashboard.open();
  await expect(dashboard.journeyRow(systems.name)).toContainText('On track');
});

test('after "Record as revalidated" the CPD page and the dashboard both move on to the next anniversary', async ({ page, workbench }) => {
  const clinical = await memberNamed(workbench.call, 'Clinical Librarian');
  const dashboard = new RegistrationDashboard(page);
  await dashboard.open();
  await expect(dashboard.registered.getByRole('row', { name: new RegExp(clinical.name) })).toContainText('13/12/2026 in 20 days');
  await dashboard.openCpd(clinical.name);
  const cpd = new CpdScreen(page);
  const status = page.getByRole('region', { name: 'Registration' });
  await expect(status).toContainText('next anniversary 13/12/2026 (in 20 days)');
  await cpd.logCpd({ date: '2026-11-20', type: 'Course', hours: '7.5', title: 'Copyright for health libraries' });
  await expect(cpd.hoursText).toContainText('20 h of 20 h');
  // One prompt answered is enough: the three prompts are advice, not a gate.
  await cpd.writeStatement({ personal: words(60, 'searching'), organisational: '', wider: '' });
  await expect(cpd.readiness).toContainText('Ready to submit');
  await page.getByRole('button', { name: 'Record as revalidated' }).click();
  await expect(status).toContainText('next anniversary 13/12/2027 (in 385 days)');
  await dashboard.open();
  const row = dashboard.registered.getByRole('row', { name: new RegExp(clinical.name) });
  await expect(row).toContainText('13/12/2027 in 385 days');
  await expect(row).toContainText('revalidated');
});

test('evidence is corrected, removed and put back with Undo, keeping its date and link after a reload', async ({ page, workbench }) => {
  const candidate = await memberNamed(workbench.call, 'Assistant Librarian');
  const dashboard = new RegistrationDashboard(page);
  await dashboard.open();
  await dashboard.openJourney(candidate.name);
  const evidence = page.getByRole('region', { name: 'Portfolio evidence' });
  const table = evidence.getByRole('table', { name: 'Evidence items' });
  const title = 'Induction workshop for new students: plan and feedback';
  const row = table.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Portfolio/induction-feedback.docx');
  const dated = (await row.getByRole('cell').nth(1).textContent()) ?? '';
  expect(dated).toMatch(/^\d\d\/\d\d\/\d{4}$/);

  await evidence.getByRole('button', { name: `Edit ${title}` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit evidence' });
  await expect(edit.getByLabel('Evidence title')).toHaveValue(title);
  await expect(edit.getByLabel('Link or file path')).toHaveValue('Portfolio/induction-feedback.docx');
  await expectNoAxeViolations(page);
  await edit.getByRole('checkbox', { name: 'Wider professional context' }).check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Personal performance, Organisational context, Wider professional context');

  await evidence.getByRole('button', { name: `Remove ${title}` }).click();
  await expect(table).not.toContainText(title);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText(dated);
  await page.reload();
  await expect(row).toContainText(dated);
  await expect(row).toContainText('Portfolio/induction-feedback.docx');
  await expect(row).toContainText('Wider professional context');
  await expectNoAxeViolations(page);
});

test('skipping "Portfolio assembly" asks first and says what it holds; the Fellowship candidate has both letters of support', async ({ page, workbench }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const candidate = await memberNamed(workbench.call, 'Assistant Librarian');
  const manager = await memberNamed(workbench.call, 'Library Services Manager');
  const dashboard = new RegistrationDashboard(page);
  await dashboard.open();
  await dashboard.openJourney(candidate.name);
  const journey = new JourneyScreen(page);
  await journey.recordStageChange('Submitted');
  const confirm = page.getByRole('dialog', { name: 'Skip a stage?' });
  await expect(confirm).toContainText('from Gathering evidence straight to Submitted');
  await expect(confirm).toContainText('evaluative statement (up to 1,000 words)');
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Go back' }).click();
  await expect(journey.facts).toContainText('Gathering evidence');
  await journey.recordStageChange('Submitted');
  await page.getByRole('button', { name: 'Skip and record Submitted' }).click();
  await expect(journey.facts).toContainText('Submitted');

  await dashboard.open();
  await dashboard.openJourney(manager.name);
  const checklist = page.getByRole('region', { name: 'Portfolio checklist' });
  await expect(checklist.getByRole('checkbox', { name: /Letter of support from the mentor/ })).toBeChecked();
  await expect(checklist.getByRole('checkbox', { name: /Second letter of support/ })).toBeChecked();
  await expect(checklist.getByLabel('Who wrote it: Letter of support from the mentor')).toHaveValue('Dr Catrin Owain (mentor)');
  await expect(checklist).not.toContainText('Mentor Completion form');
  await expect(page.getByText(/2 evidence items so far\. CILIP sets no fixed number/)).toBeVisible();
  await expectNoAxeViolations(page);
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss message' }).all()) await dismiss.click({ timeout: 1000 }).catch(() => undefined);
  await page.screenshot({ path: 'docs/images/registration-fellowship-checklist.png', fullPage: true });
});
