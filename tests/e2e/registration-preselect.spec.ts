import { expectNoAxeViolations, expect, test } from './fixtures';

test('Team → member → Start a registration journey preselects that member and starts their journey', async ({ page, workbench }) => {
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const trainee = team.find((m) => m.jobTitle.startsWith('Graduate Trainee'));
  if (!trainee) throw new Error('sample graduate trainee missing');
  await page.goto(`${workbench.server.origin}/#/team/${trainee.id}`);
  await page.getByRole('button', { name: 'Start a registration journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a registration journey' });
  await expect(dialog.getByLabel('Team member').locator('option:checked')).toHaveText(trainee.name);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Start journey' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(trainee.name);
});
