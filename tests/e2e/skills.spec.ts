import path from 'node:path';
import { expectNoAxeViolations, expect, goTo, test } from './fixtures';
import { SkillsPage } from './pages/skills-page';

const fixture = (name: string) => path.resolve(__dirname, '../fixtures/skills', name);

interface MemberRow {
  id: number;
  name: string;
  jobTitle: string;
  team: string;
}

test('import a framework, rate a member twice, compare, and watch the heatmap and a coverage rule change', async ({ page, workbench }) => {
  const members = await workbench.call<MemberRow[]>('team:list', {});
  const person = members.find((m) => m.jobTitle === 'Library Assistant');
  if (!person) throw new Error('sample team has no Library Assistant');
  const skills = new SkillsPage(page);

  // Import: a bad file shows per-row errors and cannot be imported; the good one can.
  await skills.open();
  await skills.importFramework(fixture('framework-bad.csv'), 'Licensed PKSB', '2026');
  await expect(skills.dialog.getByText('Row 3: code "T1.1" is also on row 2')).toBeVisible();
  await expect(skills.dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expectNoAxeViolations(page);
  await skills.dialog.getByLabel('File to import').setInputFiles(fixture('framework-small.csv'));
  await expect(skills.dialog.getByText('5 rows: 5 skills in 3 sections.')).toBeVisible();
  await skills.dialog.getByRole('button', { name: 'Import 5 skills' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Licensed PKSB (2026)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '5 Information governance and compliance' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Initial assessment, rated entirely by keyboard.
  await skills.openMemberSkills(person.name);
  await skills.startAssessment('Licensed PKSB (2026)', 'Initial', '2026-02-02');
  await skills.rateByKeyboard('T1.1 Describing things consistently', [1, 2, 1, 1, 2]);
  await expect(page.getByText('5 of 5 rated')).toBeVisible();
  await expect(skills.currentRating('T5.2 Answering copyright questions').getByRole('radio', { name: '1 Basic' })).toHaveAttribute('aria-checked', 'true');
  await expectNoAxeViolations(page);

  // Team heatmap shows the member; a coverage rule for their service point is broken.
  await skills.open();
  await page.getByLabel('Framework').selectOption({ label: 'Licensed PKSB (2026)' });
  const row = skills.heatmap.getByRole('row').filter({ hasText: person.name });
  await expect(row.getByRole('cell')).toHaveText(['1.5', '1.0', '2.0']);
  await page.getByRole('button', { name: 'Add coverage rule' }).click();
  const form = page.getByRole('form', { name: 'New coverage rule' });
  await form.getByLabel('Skill or section').selectOption({ label: 'Whole section 5 Information governance and compliance (average)' });
  await form.getByLabel('At least how many people').fill('1');
  await form.getByLabel('At level or above').fill('3');
  await form.getByLabel('Service point').selectOption({ label: person.team });
  await form.getByRole('button', { name: 'Save rule' }).click();
  const rules = page.getByRole('list').filter({ hasText: 'in section 5 Information governance' }).first();
  await expect(rules).toContainText(`Broken: At least 1 person at level 3 or above in section 5 Information governance and compliance at ${person.team}`);
  await expectNoAxeViolations(page);

  // Reassessment: higher ratings; the heatmap updates and the rule is met.
  await skills.openMemberSkills(person.name);
  await skills.startAssessment('Licensed PKSB (2026)', 'Reassessment', '2026-11-20');
  await skills.rateByKeyboard('T1.1 Describing things consistently', [3, 2, 3, 4, 2]);
  await skills.open();
  await page.getByLabel('Framework').selectOption({ label: 'Licensed PKSB (2026)' });
  await expect(row.getByRole('cell')).toHaveText(['2.5', '3.5', '2.0']);
  await expect(rules).toContainText('Met: At least 1 person at level 3 or above');

  // Comparison: initial vs latest by default, table and radar.
  await row.getByRole('link', { name: person.name }).click();
  await page.getByRole('link', { name: 'Compare first and latest' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${person.name}: skills compared` })).toBeVisible();
  const bySection = page.getByRole('table', { name: /Average current rating by section/ });
  await expect(bySection.getByRole('row', { name: /5 Information governance/ }).getByRole('cell')).toHaveText(['1', '3.5', /Up/, '2 / 0 / 0']);
  await expect(page.locator('.radar svg').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the sample team’s Chartership candidate shows growth between initial assessment and reassessment', async ({ page, workbench: _ }) => {
  const skills = new SkillsPage(page);
  await skills.open();
  await expect(page.getByLabel('Framework').locator('option:checked')).toHaveText('Demo skills (not CILIP text) (Demo 1)');
  await expect(skills.heatmap).toBeVisible();
  await expect(page.getByText(/^(Broken|Met):/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await goTo(page, 'Team');
  const candidate = page.getByRole('table', { name: 'Team members' }).getByRole('row').filter({ hasText: 'Assistant Librarian' }).getByRole('link').first();
  await candidate.click();
  const summary = page.getByRole('region', { name: 'Skills (PKSB)' });
  await expect(summary.getByText(/2 assessments; latest: Reassessment on/)).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Top gaps' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Compare first and latest assessments' }).click();
  await expect(page.getByRole('table', { name: /Average current rating by section/ }).getByText('Up').first()).toBeVisible();
});

test('member skills, frameworks, an unshared assessment and the settings card have no accessibility violations', async ({ page, workbench: _ }) => {
  const skills = new SkillsPage(page);
  await goTo(page, 'Team');
  const candidate = page.getByRole('table', { name: 'Team members' }).getByRole('row').filter({ hasText: 'Assistant Librarian' }).getByRole('link').first();
  const name = await candidate.innerText();
  await skills.openMemberSkills(name);
  await expect(page.getByRole('table', { name: 'Skill gaps, largest first' })).toBeVisible();
  await expect(page.getByRole('table', { name: /over time/ }).getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page);

  await goTo(page, 'Team');
  const trainee = page.getByRole('table', { name: 'Team members' }).getByRole('row').filter({ hasText: 'Graduate Trainee Librarian' }).getByRole('link').first();
  await skills.openMemberSkills(await trainee.innerText());
  await expect(page.getByRole('cell', { name: 'Not shared with you' })).toBeVisible();
  await page.getByRole('link', { name: /^Details/ }).click();
  await expect(page.getByText(/has not shared this assessment with you/)).toBeVisible();
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await skills.open();
  await page.getByRole('link', { name: 'Frameworks and scale' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Demo skills (not CILIP text)' }).click();
  await expect(page.getByText('These are invented demo skills, not CILIP’s PKSB text.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Edit EV.1 Acting fairly with every user' }).click();
  await skills.dialog.getByLabel('Short title').fill('Treating every user fairly');
  await expectNoAxeViolations(page);
  await skills.dialog.getByRole('button', { name: 'Save skill' }).click();
  await expect(page.getByRole('cell', { name: 'Treating every user fairly', exact: true })).toBeVisible();

  await goTo(page, 'Settings');
  await page.getByLabel('Level 3').fill('Confident');
  await page.getByRole('button', { name: 'Save labels' }).click();
  await expect(page.getByText('Rating scale labels saved.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('at 1366 px the comparison table shows its last column and the radar scale does not cover a section label', async ({ page, workbench: _ }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await goTo(page, 'Team');
  await page.getByRole('table', { name: 'Team members' }).getByRole('row').filter({ hasText: 'Assistant Librarian' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Compare first and latest assessments' }).click();
  const bySection = page.getByRole('region', { name: 'Section averages' });
  await expect(bySection.getByRole('columnheader', { name: 'Skills up / down / same' })).toBeVisible();
  // Nothing to scroll sideways: the last column is inside the visible table.
  const [client, scroll] = await bySection.evaluate((el) => [el.clientWidth, el.scrollWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  // The radar's top scale number and the first section's label keep clear of each other (4 px apart at least).
  const radar = page.locator('.radar').first();
  // Section 4's label is also "4": take the scale's 4 from the radius axis and "EV" from the angle axis.
  const box = async (axis: string, text: string) =>
    (await radar.locator(`.recharts-polar-${axis}-axis text`).filter({ hasText: new RegExp(`^${text}$`) }).first().boundingBox())!;
  const four = await box('radius', '4');
  const ev = await box('angle', 'EV');
  const gap = 4;
  const touching =
    four.x - gap < ev.x + ev.width && ev.x - gap < four.x + four.width && four.y - gap < ev.y + ev.height && ev.y - gap < four.y + four.height;
  expect(touching, `"4" at ${JSON.stringify(four)}, "EV" at ${JSON.stringify(ev)}`).toBe(false);
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss message' }).all()) await dismiss.click({ timeout: 1000 }).catch(() => undefined);
  await page.screenshot({ path: 'docs/images/skills-comparison.png' });
});

test.describe('an empty workbench', () => {
  test.use({ withSampleTeam: false });
  test('"New assessment" with no framework says what to do and opens the import', async ({ page, workbench }) => {
    await workbench.call('system:chooseStart', { mode: 'empty' });
    await workbench.call('team:create', {
      name: 'Siân ap Dŵr', preferredName: '', jobTitle: 'Library Assistant', grade: '', team: 'Central Library', fte: 1, startDate: null,
      lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes: '',
    });
    await page.reload();
    const skills = new SkillsPage(page);
    await skills.openMemberSkills('Siân ap Dŵr');
    await page.getByRole('button', { name: 'New assessment' }).click();
    await expect(page.getByText(/There is no skills framework to assess against yet/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Import a framework' }).click();
    await expect(page.getByRole('dialog', { name: 'Import a skills framework' })).toBeVisible();
  });
});
