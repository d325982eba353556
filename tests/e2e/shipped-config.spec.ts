import type { Member } from '../../shared/domains/team';
import { expect, goTo, test } from './fixtures';

// The shipped configuration: the bridge runs without WORKBENCH_CHECK_OUTPUTS, as the app does, so a
// field the contract does not declare reaches the renderer here just as it would for a user.
test.use({ checkOutputs: false });

test('the main pages open in the shipped configuration with no page or console error', async ({ page, workbench }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const team = await workbench.call<Member[]>('team:list', { includeArchived: false });
  const someone = team[0];
  if (!someone) throw new Error('sample team missing');
  await page.goto(`${workbench.server.origin}/#/`);

  const sections: [string, RegExp][] = [
    ['Dashboard', /Dashboard|Good/],
    ['Team', /^Team$/],
    ['Skills', /Skills/],
    ['Registration', /Registration/],
    ['One-to-ones', /One-to-ones/],
    ['Agreements', /^Agreements$/],
    ['Recognition', /^Recognition$/],
    ['Activities', /Activities|Development activities/],
    ['Settings', /^Settings$/],
  ];
  for (const [section, heading] of sections) {
    await goTo(page, section);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('main')).not.toContainText(/Something went wrong|undefined|NaN/);
  }
  await goTo(page, 'Team');
  await page.getByRole('link', { name: someone.name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(someone.name);
  await expect(page.getByRole('main')).not.toContainText(/Something went wrong|undefined|NaN/);
  expect(problems).toEqual([]);
});
