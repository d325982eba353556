import { expectNoAxeViolations, expect, test } from './fixtures';
import { OneToOnesPage } from './pages/one-to-ones-page';
import { JourneyScreen, RegistrationDashboard } from './pages/registration-pages';

test('plan the chartership candidate’s one-to-one from suggestions, agree an action and export it', async ({ page, workbench }) => {
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const candidate = team.find((m) => m.jobTitle === 'Assistant Librarian');
  if (!candidate) throw new Error('sample chartership candidate missing');

  const o2o = new OneToOnesPage(page);
  await o2o.open();
  await expect(o2o.week('This week').getByRole('row').filter({ hasText: candidate.name })).toContainText('Not planned yet');
  await expect(page.getByRole('region', { name: 'Overdue actions' })).toContainText('Send the mentor a draft of the PKSB gap analysis');
  await expectNoAxeViolations(page);

  await o2o.openMeetingWith(candidate.name);
  await expect(page.getByRole('region', { name: 'Open actions from earlier meetings' })).toContainText('Overdue');
  const stalled = o2o.suggestions.getByRole('listitem').filter({ hasText: 'stalled' }).first();
  await expect(stalled).toBeVisible();
  const stalledTitle = (await stalled.locator('strong').innerText()).trim();
  await stalled.getByRole('button', { name: `Add ${stalledTitle} to the agenda` }).click();
  await expect(o2o.agenda.getByRole('listitem').filter({ hasText: stalledTitle }).first()).toBeVisible();
  await expect(o2o.suggestions.getByText(stalledTitle, { exact: true })).toHaveCount(0);

  await o2o.agenda.getByLabel('Agenda item').fill('Leave over Christmas');
  await o2o.agenda.getByRole('button', { name: 'Add to agenda' }).click();
  await o2o.agenda.getByRole('button', { name: 'Move Leave over Christmas up' }).click();
  await expect(o2o.agenda.locator('ol > li').first()).toContainText('Leave over Christmas');

  await o2o.actions.getByRole('button', { name: 'Add action' }).click();
  await expect(o2o.actions.getByText('Action is required')).toBeVisible();
  await o2o.addAction('Book the portfolio review with the mentor', '2026-12-11');
  await expect(o2o.actions.getByRole('listitem').filter({ hasText: 'Book the portfolio review' })).toContainText('due 11/12/2026');
  await o2o.saveNotes('Agreed a date for the portfolio review.', 'Check workload with the team leader first.');
  await expectNoAxeViolations(page);

  // A meeting later this week cannot be recorded as held yet.
  await page.getByRole('button', { name: 'Record as held' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be recorded as held before it happens');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^one-to-one-.*2026-11-25\.ics$/);
});

test('schedule a one-to-one from a member’s page, then remove a suggestion with undo', async ({ page, workbench }) => {
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const trainee = team.find((m) => m.jobTitle.startsWith('Graduate Trainee'));
  if (!trainee) throw new Error('sample graduate trainee missing');
  await page.goto(`${workbench.server.origin}/#/team/${trainee.id}`);
  const section = page.getByRole('region', { name: 'One-to-ones', exact: true });
  await expect(section).toContainText('No one-to-one scheduled.');
  await section.getByRole('button', { name: 'Schedule a one-to-one' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a one-to-one' });
  await dialog.getByLabel('Length (minutes)').fill('0');
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(dialog.getByText('Length (minutes) must be at least 5 minutes')).toBeVisible();
  await dialog.getByLabel('Length (minutes)').fill('30');
  await dialog.getByLabel('Date').fill('2026-11-27');
  await dialog.getByLabel('Where').fill('Riverside Health Library office');
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `One-to-one with ${trainee.name}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'When and where' })).toContainText('27/11/2026 at 10:00');
  await expectNoAxeViolations(page);

  const o2o = new OneToOnesPage(page);
  const first = o2o.suggestions.getByRole('listitem').first();
  const title = (await first.locator('strong').innerText()).trim();
  await first.getByRole('button', { name: `Not needed: ${title}` }).click();
  await expect(o2o.suggestions.getByText(title, { exact: true })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(o2o.suggestions.getByText(title, { exact: true })).toBeVisible();
});

test.describe('an empty workbench', () => {
  test.use({ withSampleTeam: false });
  test('explains one-to-ones when there are none', async ({ page, workbench }) => {
    await workbench.call('system:chooseStart', { mode: 'empty' });
    await page.reload();
    await new OneToOnesPage(page).open();
    await expect(page.getByRole('heading', { name: 'No one-to-ones in the next two weeks' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('the whole story', () => {
  test('a stalled candidate: on the registration dashboard and the 1:1 agenda, recorded with an action, moved on, no longer stalled', async ({ page, workbench }) => {
    const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
    const candidate = team.find((m) => m.jobTitle === 'Assistant Librarian');
    if (!candidate) throw new Error('sample chartership candidate missing');

    const dashboard = new RegistrationDashboard(page);
    await dashboard.open();
    await expect(dashboard.journeyRow(candidate.name)).toContainText('Stalled');

    const o2o = new OneToOnesPage(page);
    await o2o.open();
    await o2o.openMeetingWith(candidate.name);
    const stalled = o2o.suggestions.getByRole('listitem').filter({ hasText: 'stalled' }).first();
    const stalledTitle = (await stalled.locator('strong').innerText()).trim();
    await stalled.getByRole('button', { name: `Add ${stalledTitle} to the agenda` }).click();
    await expect(o2o.agenda.getByText(stalledTitle, { exact: true })).toBeVisible();

    await o2o.addAction('Submit the portfolio assembly plan to the mentor', '2026-12-09');
    await o2o.saveNotes('Agreed to move on to assembling the portfolio.', 'Confidence is back up.');
    // The meeting was brought forward to this morning.
    await page.getByRole('button', { name: 'Change time or place' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the one-to-one' });
    await dialog.getByLabel('Date').fill('2026-11-23');
    await dialog.getByLabel('Start time').fill('09:00');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('region', { name: 'When and where' })).toContainText('23/11/2026 at 09:00');
    await page.getByRole('button', { name: 'Record as held' }).click();
    await expect(page.getByRole('region', { name: 'When and where' })).toContainText('Held');
    await expect(o2o.agenda.getByRole('button', { name: /^Remove / })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // From the agenda item straight to the journey it is about.
    await o2o.agenda.getByRole('link', { name: `Open ${stalledTitle}` }).click();
    const journey = new JourneyScreen(page);
    await expect(journey.facts).toContainText('Stalled');
    await journey.moveToNextStage();
    await expect(journey.facts).toContainText('Portfolio assembly');
    await expect(journey.facts).toContainText('On track');

    await dashboard.open();
    await expect(dashboard.journeyRow(candidate.name)).not.toContainText('Stalled');

    // The next monthly meeting carries the new action and no longer suggests the stall.
    await page.goto(`${workbench.server.origin}/#/team/${candidate.id}`);
    await page.getByRole('region', { name: 'One-to-ones', exact: true }).getByRole('link', { name: 'Submit the portfolio assembly plan to the mentor' }).click();
    await page.getByRole('button', { name: 'Schedule next' }).click();
    await expect(page.getByRole('region', { name: 'When and where' })).toContainText('23/12/2026 at 09:00');
    await expect(page.getByRole('region', { name: 'Open actions from earlier meetings' })).toContainText('Submit the portfolio assembly plan');
    await expect(o2o.suggestions.getByText(/stalled/)).toHaveCount(0);
  });
});

test('notes typed in a meeting survive leaving the page, a reload and a restart', async ({ page, workbench }) => {
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const trainee = team.find((m) => m.jobTitle.startsWith('Graduate Trainee'));
  if (!trainee) throw new Error('sample graduate trainee missing');
  const meeting = await workbench.call<{ id: number }>('oneToOnes:schedule', {
    memberId: trainee.id, scheduledAt: '2026-11-25T10:00:00.000Z', durationMinutes: 30, location: '', recurrence: 'none',
  });
  await page.goto(`${workbench.server.origin}/#/one-to-ones/${meeting.id}`);
  const shared = page.getByLabel('Shared notes');
  await shared.fill('Łukasz Żółć wants to try the enquiry desk; Siân ap Dŵr will mentor.');
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Leaving by the sidebar asks first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team', exact: true }).click();
  const leave = page.getByRole('dialog', { name: 'Leave this page?' });
  await expect(leave).toContainText('kept as a draft');
  await expectNoAxeViolations(page);
  await leave.getByRole('button', { name: 'Leave page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();

  await page.goto(`${workbench.server.origin}/#/one-to-ones/${meeting.id}`);
  await expect(shared).toHaveValue('Łukasz Żółć wants to try the enquiry desk; Siân ap Dŵr will mentor.');
  await expect(page.getByRole('status').filter({ hasText: 'Draft restored' })).toBeVisible();

  page.on('dialog', (d) => void d.accept());
  await page.reload();
  await expect(shared).toHaveValue('Łukasz Żółć wants to try the enquiry desk; Siân ap Dŵr will mentor.');

  await workbench.restart();
  await page.goto(`${workbench.server.origin}/#/one-to-ones/${meeting.id}`);
  await expect(shared).toHaveValue('Łukasz Żółć wants to try the enquiry desk; Siân ap Dŵr will mentor.');
  await page.getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByText('Notes saved.')).toBeVisible();
  const saved = await workbench.call<{ sharedNotes: string }>('oneToOnes:get', { id: meeting.id });
  expect(saved.sharedNotes).toBe('Łukasz Żółć wants to try the enquiry desk; Siân ap Dŵr will mentor.');
});

test('past one-to-ones are listed newest first on the member page and in the section, and can be searched', async ({ page, workbench }) => {
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const trainee = team.find((m) => m.jobTitle.startsWith('Graduate Trainee'));
  if (!trainee) throw new Error('sample graduate trainee missing');
  const meet = async (scheduledAt: string, sharedNotes: string, action: string) => {
    const m = await workbench.call<{ id: number }>('oneToOnes:schedule', { memberId: trainee.id, scheduledAt, durationMinutes: 30, location: '', recurrence: 'none' });
    await workbench.call('oneToOnes:saveNotes', { id: m.id, privateNotes: 'Never shown in history', sharedNotes });
    await workbench.call('oneToOnes:addAction', { meetingId: m.id, text: action, owner: 'member', dueOn: null });
    await workbench.call('oneToOnes:setStatus', { id: m.id, status: 'held' });
  };
  await meet('2026-09-07T09:00:00.000Z', 'Settling in: the enquiry desk rota', 'Shadow a late shift');
  await meet('2026-10-05T09:00:00.000Z', 'Talked about the literature search course', 'Book the search skills course');

  await page.goto(`${workbench.server.origin}/#/team/${trainee.id}`);
  const past = page.getByRole('region', { name: 'Past one-to-ones' });
  const items = past.getByRole('listitem').filter({ has: page.getByRole('heading') });
  await expect(items.first()).toContainText('05/10/2026');
  await expect(items.first()).toContainText('Held');
  await expect(items.first()).toContainText('Talked about the literature search course');
  await expect(items.first()).toContainText('Book the search skills course');
  await expect(items.nth(1)).toContainText('Settling in: the enquiry desk rota');
  await expect(past).not.toContainText('Never shown in history');
  await expectNoAxeViolations(page);

  const o2o = new OneToOnesPage(page);
  await o2o.open();
  const section = page.getByRole('region', { name: 'Past one-to-ones' });
  await section.getByRole('searchbox', { name: 'Search past one-to-ones' }).fill('late shift');
  await expect(section.getByText('1 past one-to-one mention “late shift”.')).toBeVisible();
  await expect(section.getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(1);
  await expect(section).toContainText(`${trainee.name}, 07/09/2026`);
  await expectNoAxeViolations(page);
});
