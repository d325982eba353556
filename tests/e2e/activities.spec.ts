import { expectNoAxeViolations, expect, test } from './fixtures';
import { ActivitiesPage } from './pages/activities-page';

test('log an action learning meeting as CPD for all five members in one step', async ({ page, workbench: _ }) => {
  const activities = new ActivitiesPage(page);
  await activities.open();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Service development action learning set' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service development action learning set' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Record a meeting' }).getByText('Progress on last meeting’s action plans')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Log as CPD: meeting on 19/10/2026' }).click();
  await activities.dialog.getByRole('group', { name: /PKSB sections/ }).getByRole('checkbox').first().check();
  await expectNoAxeViolations(page);
  await activities.dialog.getByRole('button', { name: 'Create 5 CPD entries' }).click();
  await activities.expectCreated(5);
  await expect(page.getByText('Logged as CPD')).toBeVisible();
});

test('buddying asks for hours, refuses nonsense, then logs both people', async ({ page, workbench: _ }) => {
  const activities = new ActivitiesPage(page);
  await activities.open('Buddying');
  await expect(page.getByRole('heading', { level: 2, name: 'Buddying' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Log as CPD: / }).click();
  await activities.dialog.getByLabel('Hours each').fill('0');
  await activities.dialog.getByRole('button', { name: 'Create 2 CPD entries' }).click();
  await expect(activities.dialog.getByText('Hours must be more than 0')).toBeVisible();
  await activities.dialog.getByLabel('Hours each').fill('2.5');
  await activities.dialog.getByRole('button', { name: 'Create 2 CPD entries' }).click();
  await activities.expectCreated(2);
});

test('a shadowing visit cannot have a reflection before it happens', async ({ page, workbench: _ }) => {
  const activities = new ActivitiesPage(page);
  await activities.open('Shadowing visits');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'New shadowing visit' }).click();
  await activities.dialog.getByLabel('Visitor').selectOption({ index: 1 });
  await activities.dialog.getByLabel('Host library or service').fill('County Record Office');
  await activities.dialog.getByLabel('Visit date').fill('2026-12-10');
  await activities.dialog.getByLabel('Reflection').fill('It was great');
  await activities.dialog.getByRole('button', { name: 'Add visit' }).click();
  await expect(activities.dialog.getByText(/Reflection cannot be in the future/)).toBeVisible();
  await activities.dialog.getByLabel('Reflection').fill('');
  await activities.dialog.getByRole('button', { name: 'Add visit' }).click();
  await expect(activities.card('at County Record Office')).toContainText('planned');
});

test('coaching starts empty and records a GROW session', async ({ page, workbench: _ }) => {
  const activities = new ActivitiesPage(page);
  await activities.open('Coaching');
  await expect(page.getByRole('heading', { name: 'No coaching sessions yet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Record a coaching session' }).first().click();
  await activities.dialog.getByRole('button', { name: 'Save session' }).click();
  await expect(activities.dialog.getByText('Coachee is required')).toBeVisible();
  await expect(activities.dialog.getByText('Goal is required')).toBeVisible();
  await activities.dialog.getByLabel('Coachee').selectOption({ index: 2 });
  await activities.dialog.getByLabel('Goal', { exact: true }).fill('Lead the stock review');
  await activities.dialog.getByLabel('Way forward').fill('Draft a plan with two colleagues');
  await activities.dialog.getByRole('button', { name: 'Add an action' }).click();
  await activities.dialog.getByLabel('Action 1', { exact: true }).fill('Book a room for the review');
  await activities.dialog.getByRole('button', { name: 'Save session' }).click();
  await expect(activities.dialog).toBeHidden();
  await expect(page.getByText('Book a room for the review')).toBeVisible();
  await page.getByRole('button', { name: /^Log as CPD: coaching/ }).click();
  await activities.dialog.getByRole('button', { name: 'Create 1 CPD entry' }).click();
  await activities.expectCreated(1);
});

test('a new set with three members is kept, with a size warning', async ({ page, workbench: _ }) => {
  const activities = new ActivitiesPage(page);
  await activities.open();
  await page.getByRole('button', { name: 'New action learning set' }).click();
  await activities.dialog.getByLabel('Name').fill('New managers');
  await activities.dialog.getByRole('button', { name: 'Create set' }).click();
  await expect(activities.dialog.getByText('Members must list at least 2 members')).toBeVisible();
  const members = activities.dialog.getByRole('group', { name: 'Members' }).getByRole('checkbox');
  for (const i of [0, 1, 2]) await members.nth(i).check();
  await expect(activities.dialog.getByText('Only 3 members: action learning sets work best with 4 to 10.')).toBeVisible();
  await activities.dialog.getByRole('button', { name: 'Create set' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New managers' })).toBeVisible();
  await expect(page.getByText('Only 3 members')).toBeVisible();
  await expectNoAxeViolations(page);
});
