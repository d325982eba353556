import { expectNoAxeViolations, expect, test } from './fixtures';
import { ActivitiesPage } from './pages/activities-page';

test('log an action learning meeting as CPD for the four who attended in one step', async ({ page, workbench: _ }) => {
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
  // The sample meeting had one member who sent apologies: no hours for them.
  await activities.dialog.getByRole('button', { name: 'Create 4 CPD entries' }).click();
  await activities.expectCreated(4);
  await expect(page.getByText('Logged as CPD')).toBeVisible();
});

test('buddying asks for hours, refuses nonsense, then logs both people', async ({ page, workbench: _ }) => {
  const activities = new ActivitiesPage(page);
  await activities.open('Buddying');
  await expect(page.getByRole('heading', { level: 2, name: 'Buddying' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Log a session as CPD: / }).click();
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

test('Coaching → Edit opens with the coachee and the team coach, and saves a correction', async ({ page, workbench }) => {
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const [coachee, coach] = team;
  if (!coachee || !coach) throw new Error('sample team missing');
  await workbench.call('activities:createCoaching', {
    coacheeId: coachee.id, coachMemberId: coach.id, coachName: '', heldOn: '2026-11-02', hours: 1,
    goal: 'Lead the stock review', reality: '', options: '', wayForward: '', actions: [],
  });
  const activities = new ActivitiesPage(page);
  await activities.open('Coaching');
  await page.getByRole('button', { name: `Edit coaching for ${coachee.name} on 02/11/2026` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit coaching session' });
  await expect(dialog.getByLabel('Coachee')).toHaveValue(String(coachee.id));
  await expect(dialog.getByLabel('Coach from the team')).toHaveValue(String(coach.id));
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Hours').fill('1.5');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(activities.card(`${coachee.name}, 02/11/2026`)).toContainText(`Coach: ${coach.name} · 1.5 hours`);
  await page.getByRole('button', { name: `Edit coaching for ${coachee.name} on 02/11/2026` }).click();
  await expect(dialog.getByLabel('Coachee')).toHaveValue(String(coachee.id));
  await expect(dialog.getByLabel('Coach from the team')).toHaveValue(String(coach.id));
});

test('Buddying → Edit opens with both people, and a deleted pair comes back with Undo', async ({ page, workbench: _ }) => {
  const activities = new ActivitiesPage(page);
  await activities.open('Buddying');
  const edit = page.getByRole('button', { name: /^Edit .+ with .+$/ });
  const [buddy, starter] = ((await edit.getAttribute('aria-label')) ?? '').replace(/^Edit /, '').split(' with ');
  await edit.click();
  const dialog = page.getByRole('dialog', { name: 'Edit buddy pair' });
  await expect(dialog.getByLabel('Buddy (experienced colleague)').locator('option:checked')).toHaveText(buddy ?? '');
  await expect(dialog.getByLabel('New starter').locator('option:checked')).toHaveText(starter ?? '');
  await dialog.getByLabel('Focus').fill('Literature searching and the clinical question form');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(activities.card(`${buddy} with ${starter}`)).toContainText('Focus: Literature searching and the clinical question form');

  await page.getByRole('button', { name: `Delete ${buddy} with ${starter}` }).click();
  await expect(page.getByRole('status').getByText(`Buddy pair ${buddy} with ${starter} deleted.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No buddy pairs yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(activities.card(`${buddy} with ${starter}`)).toContainText('Focus: Literature searching and the clinical question form');
  await expectNoAxeViolations(page);
});

test('a set meeting records attendance: CPD goes only to those who came', async ({ page, workbench }) => {
  const activities = new ActivitiesPage(page);
  await activities.open();
  await page.getByRole('link', { name: 'Service development action learning set' }).click();
  const form = page.getByRole('region', { name: 'Record a meeting' });
  const groups = form.getByRole('radiogroup', { name: /^Attendance of / });
  const una = ((await groups.first().getAttribute('aria-label')) ?? '').replace('Attendance of ', '');
  await form.getByLabel('Held on').fill('2026-11-16');
  await form.getByRole('radiogroup', { name: `Attendance of ${una}` }).getByLabel('Sent apologies').check();
  await form.getByRole('button', { name: 'Record meeting' }).click();
  const meeting = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^16\/11\/2026/ }) });
  await expect(meeting).toContainText(`${una} (sent apologies)`);
  await expectNoAxeViolations(page);
  await meeting.getByRole('button', { name: 'Log as CPD: meeting on 16/11/2026' }).click();
  await expect(activities.dialog).not.toContainText(una);
  await activities.dialog.getByRole('button', { name: 'Create 4 CPD entries' }).click();
  await activities.expectCreated(4);

  const team = await workbench.call<{ id: number; name: string }[]>('team:list', { includeArchived: false });
  const unaId = team.find((m) => m.name === una)?.id;
  const log = await workbench.call<{ date: string }[]>('registration:cpdList', { memberId: unaId });
  expect(log.filter((e) => e.date === '2026-11-16')).toEqual([]);

  // Correcting the record: she came after all, so she can be logged now.
  await meeting.getByRole('button', { name: 'Edit meeting of 16/11/2026' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit the meeting of 16/11/2026' });
  await edit.getByRole('radiogroup', { name: `Attendance of ${una}` }).getByLabel('Attended').check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await meeting.getByRole('button', { name: 'Log as CPD: meeting on 16/11/2026' }).click();
  await activities.dialog.getByRole('button', { name: 'Create 1 CPD entry' }).click();
  await expect(page.getByRole('status').getByText(`1 CPD entry created: ${una}.`)).toBeVisible();
});

test('a shadowing visit is deleted and Undo brings it back', async ({ page, workbench: _ }) => {
  const activities = new ActivitiesPage(page);
  await activities.open('Shadowing visits');
  const del = page.getByRole('button', { name: /^Delete visit to / });
  const host = ((await del.getAttribute('aria-label')) ?? '').replace('Delete visit to ', '');
  await del.click();
  await expect(page.getByRole('heading', { name: 'No shadowing visits yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: `Edit visit to ${host}` })).toBeVisible();
  await expectNoAxeViolations(page);
});
