import type { Page } from '@playwright/test';
import { E2E_NOW, expectNoAxeViolations, expect, test } from './fixtures';
import { RecognitionPage } from './pages/recognition-page';

interface Person {
  id: number;
  name: string;
  jobTitle: string;
}
/** Set RECOGNITION_SCREENSHOTS=1 to refresh the screenshots in docs/ while the tests run. */
const SHOTS = process.env.RECOGNITION_SCREENSHOTS === '1';
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.screenshot({ path: `docs/images/recognition-${name}.png`, fullPage: true });
}

test('a monthly cycle from nominations to certificate, then cooldown and equity', async ({ page, workbench }) => {
  // A long user journey with five accessibility scans: allow more than the default minute on a shared machine.
  test.setTimeout(150_000);
  const team = await workbench.call<Person[]>('team:list', { includeArchived: false });
  const who = (title: string) => {
    const found = team.find((m) => m.jobTitle.includes(title));
    if (!found) throw new Error(`no ${title}`);
    return found.name;
  };
  const [trainee, apprentice, clinical, supervisor, systems] = [
    who('Graduate Trainee'), who('apprentice'), who('Clinical Librarian'), who('Customer Services Supervisor'), who('Systems'),
  ];
  const rec = new RecognitionPage(page);
  await rec.open();
  // "Panel votes" needs a named panel of at least two.
  await rec.page.getByRole('button', { name: 'New scheme' }).first().click();
  await rec.dialog.getByLabel('Scheme name').fill('Lonely panel');
  await rec.dialog.getByLabel('Who decides', { exact: true }).selectOption({ label: 'Panel votes' });
  await rec.dialog.getByRole('group', { name: 'Panel members' }).getByLabel(supervisor, { exact: true }).check();
  await rec.dialog.getByRole('button', { name: 'Create scheme' }).click();
  await expect(rec.dialog.getByText(/Panel rule: name at least 2 people on the panel/)).toBeVisible();
  await rec.dialog.getByRole('button', { name: 'Cancel' }).click();
  await rec.createScheme('Star of the month', { 'Cooldown (cycles)': '2', 'Who decides': 'Panel votes' }, [supervisor, clinical, systems]);
  await rec.openNextCycle('November 2026');

  await rec.nominate(trainee, clinical, 'Newcomer', 'Led her first induction tour on 12/11/2026 for twenty new students, who said it helped them find the journals.');
  await expect(rec.nominations.getByRole('cell', { name: trainee, exact: true })).toBeVisible();

  await rec.nominate(apprentice, apprentice, 'Teamwork', 'Covered the enquiry desk on 16/11/2026 so that the homework club could still run for the children.');
  await expect(rec.nominationForm.getByText(/Self-nomination rule/)).toBeVisible();
  await expect(rec.nominationForm.getByLabel('Nominee')).toBeFocused();
  await expect(rec.nominations.getByRole('row')).toHaveCount(2);

  await rec.nominationForm.getByLabel('Nominated by').selectOption({ label: 'Me (the manager)' });
  await rec.nominationForm.getByRole('button', { name: 'Add nomination' }).click();
  await expect(rec.nominations.getByRole('cell', { name: apprentice, exact: true })).toBeVisible();
  await rec.nominate(systems, supervisor, 'Behind the scenes', 'Fixed 400 broken catalogue links, which improved search results for every user of the catalogue.');
  await expect(rec.nominations.getByRole('row')).toHaveCount(4);
  // SSMART hints are suggestions: the undated reason was accepted, with a nudge to say when.
  const systemsRow = rec.nominations.getByRole('row').filter({ hasText: systems });
  await expect(systemsRow.getByRole('list', { name: `SSMART suggestions for ${systems}` })).toContainText('Timely (suggestion): Mention when it happened');
  await expect(rec.nominations.getByRole('row').filter({ hasText: trainee })).toContainText('SSMART check: all five look good.');
  await expectNoAxeViolations(page);
  await shoot(page, 'cycle');

  await rec.closeNominations();
  await expect(rec.nominationForm).toHaveCount(0);
  await page.getByRole('button', { name: 'Confirm shortlist' }).click();
  // Only the named panel votes, and a panel member never sees their own nomination as a choice.
  const voteForm = page.getByRole('form', { name: 'Record a vote' });
  const voterOptions = voteForm.getByLabel('Panel member voting').getByRole('option');
  await expect(voterOptions).toHaveCount(4);
  for (const member of [clinical, supervisor, systems]) await expect(voterOptions.filter({ hasText: member })).toHaveCount(1);
  await voteForm.getByLabel('Panel member voting').selectOption({ label: systems });
  await expect(voteForm.getByLabel('Vote for').getByRole('option', { name: `${systems} (Behind the scenes)` })).toHaveCount(0);
  await expect(voteForm.getByLabel('Vote for').getByRole('option', { name: `${trainee} (Newcomer)` })).toHaveCount(1);
  await rec.vote(supervisor, `${trainee} (Newcomer)`);
  await expect(page.getByText('1 vote cast')).toBeVisible();
  await rec.vote(clinical, `${trainee} (Newcomer)`);
  await expect(page.getByText('2 votes cast')).toBeVisible();
  await rec.vote(supervisor, `${apprentice} (Teamwork)`);
  await expect(page.getByRole('alert').getByText(`One vote rule: ${supervisor} has already voted`)).toBeVisible();
  await rec.vote(systems, `${apprentice} (Teamwork)`);
  await expect(page.getByText('3 votes cast')).toBeVisible();

  await page.getByRole('button', { name: 'Count votes and decide' }).click();
  await expect(page.getByRole('heading', { name: `Winner: ${trainee}` })).toBeVisible();
  await page.getByRole('button', { name: 'Announce winner' }).click();
  await expect(page.getByText(/Announced on 23\/11\/2026/)).toBeVisible();
  await expect(page.getByLabel('Announcement text to copy')).toHaveValue(new RegExp(`^Congratulations to ${trainee}, winner of Star of the month for November 2026`));
  await shoot(page, 'winner');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export certificate (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^certificate-.*-november-2026\.pdf$/);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '← Star of the month' }).click();
  await rec.openNextCycle('December 2026');
  const blocked = page.getByRole('region', { name: 'Cannot be nominated this cycle' });
  await expect(blocked).toContainText(`Cooldown rule: ${trainee} won Star of the month for November 2026`);
  await expect(rec.nominationForm.getByRole('option', { name: `${trainee} (cooldown)` })).toBeDisabled();

  await rec.open();
  await page.getByRole('link', { name: 'Equity view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recognition equity' })).toBeVisible();
  // The sample's ten past winners plus this month's.
  await expect(page.getByText(/11 wins across all schemes/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'By grade / band' })).toBeVisible();
  await shoot(page, 'equity');
  await page.getByLabel('Group by').selectOption({ label: 'Employment type' });
  await expect(page.getByRole('table', { name: 'By employment type' }).getByRole('row', { name: /Graduate trainee/ })).toContainText('1');
  await expect(page.getByText(/Flag \(Grade \/ band\):/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('overview shows reminders; external awards are editable; member page shows history', async ({ page, workbench }) => {
  const rec = new RecognitionPage(page);
  await rec.open();
  const reminders = page.getByRole('region', { name: 'Reminders' });
  await expect(reminders.getByText('Within a week')).toBeVisible();
  await expect(reminders.getByText(/Sally Hernando Award.*deadline in 6 days, 29\/11\/2026/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Recognition schemes' })).toContainText('Employee of the month');
  await expectNoAxeViolations(page);
  await shoot(page, 'overview');

  // Nominations can be corrected until the cycle closes.
  await page.getByRole('region', { name: 'Cycles in progress' }).getByRole('link', { name: 'Employee of the month: November 2026' }).click();
  const firstEdit = page.getByRole('button', { name: /^Edit nomination for / }).first();
  const nominee = ((await firstEdit.getAttribute('aria-label')) ?? '').replace('Edit nomination for ', '');
  await firstEdit.click();
  await rec.dialog.getByLabel('Category').selectOption({ label: 'Innovation' });
  await rec.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(rec.dialog).toBeHidden();
  await expect(rec.nominations.getByRole('row').filter({ hasText: nominee })).toContainText('Innovation');
  await rec.open();

  await page.getByRole('link', { name: 'External awards' }).click();
  await expect(page.getByRole('table', { name: 'External awards catalogue' })).toContainText('School Librarian of the Year');
  await page.getByRole('button', { name: 'Add award' }).click();
  await rec.dialog.getByLabel('Award name').fill('County Library Star');
  await rec.dialog.getByLabel('Organiser').fill('County Council');
  await rec.dialog.getByLabel('Window usually closes').fill('13-45');
  await rec.dialog.getByRole('button', { name: 'Add award' }).click();
  await expect(rec.dialog.getByText('must be a month and day like 03-31')).toBeVisible();
  await rec.dialog.getByLabel('Window usually closes').fill('12-10');
  await rec.dialog.getByRole('button', { name: 'Add award' }).click();
  await expect(rec.dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Deadlines: overdue and the next 30 days' })).toContainText('County Library Star: nominations usually close in 17 days, 10/12/2026');
  await expectNoAxeViolations(page);

  const team = await workbench.call<Person[]>('team:list', { includeArchived: false });
  const systems = team.find((m) => m.jobTitle.includes('Systems'));
  await page.goto(`${workbench.server.origin}/#/team/${systems?.id}`);
  const section = page.getByRole('region', { name: 'Recognition' });
  await expect(section).toContainText(/\d+ nominations?, 3 wins/);
  await expect(section.getByRole('cell', { name: 'Won' }).first()).toBeVisible();
});

test.describe('starting empty', () => {
  test.use({ withSampleTeam: false });

  test('explains what to do when there are no schemes or awards, and fills the catalogue on request', async ({ page, workbench: _ }) => {
    await page.getByRole('button', { name: 'Start empty' }).click();
    const rec = new RecognitionPage(page);
    await rec.open();
    await expect(page.getByRole('heading', { name: 'No recognition schemes yet' })).toBeVisible();
    await expect(page.getByText('Nothing due in the next 30 days.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'External awards' }).click();
    await expect(page.getByRole('heading', { name: 'The catalogue is empty' })).toBeVisible();
    await page.getByRole('button', { name: 'Add suggested awards' }).click();
    const catalogue = page.getByRole('table', { name: 'External awards catalogue' });
    await expect(catalogue.getByRole('row')).toHaveCount(9);
    await expect(catalogue.getByRole('row', { name: /Secondary School Librarian of the Year/ })).toContainText('School Library Association');
    await expect(catalogue.getByRole('row', { name: /Libraries Change Lives Award/ })).toContainText('Possibly discontinued');
    const connected = catalogue.getByRole('row', { name: /Libraries Connected Awards/ });
    await expect(connected).toContainText('checked 30/11/2026');
    await connected.getByRole('button', { name: 'Mark Libraries Connected Awards as checked today' }).click();
    const today = E2E_NOW.slice(0, 10).split('-').reverse().join('/');
    await expect(connected).toContainText(`checked ${today}`);
    await shoot(page, 'external');
    await expectNoAxeViolations(page);
  });
});
