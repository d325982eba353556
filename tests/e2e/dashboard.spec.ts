import { expectNoAxeViolations, expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';

test('the home dashboard lists what needs attention for the sample team, and each link goes where it is handled', async ({ page, workbench: _ }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(page.getByText('Today is 23/11/2026.')).toBeVisible();
  const expected: [RegExp, RegExp][] = [
    [/: revalidation due in 20 days$/, /Revalidation|CPD/],
    [/: Chartership has stalled$/, /Chartership/],
    [/^One-to-one with /, /One-to-one/],
    [/: progress review due$/, /agreement|Apprentice/i],
    [/^Coverage rule broken: /, /Skills/],
    [/^Employee of the month \(November 2026\) closes in 7 days$/, /Employee of the month|November 2026/],
    [/: nominations close in \d+ days$/, /External awards/],
  ];
  for (const [title] of expected) await expect(dashboard.item(title).first()).toBeVisible();
  await expect(dashboard.items().first()).toContainText('Soon');
  await expectNoAxeViolations(page);
  for (const [title, heading] of expected) {
    await dashboard.open();
    await dashboard.item(title).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test('snoozing and dismissing are remembered after a restart, and hidden items can be shown again', async ({ page, workbench }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const before = await dashboard.items().count();
  await page.getByRole('button', { name: /^Dismiss: .*Chartership has stalled/ }).click();
  await page.getByRole('button', { name: /^Snooze for a week: Coverage rule broken/ }).click();
  await expect(dashboard.items()).toHaveCount(before - 2);
  await expect(page.getByText('2 snoozed or dismissed items are hidden.')).toBeVisible();
  await workbench.restart();
  await dashboard.open();
  await expect(dashboard.items()).toHaveCount(before - 2);
  await page.getByRole('button', { name: 'Show them again' }).click();
  await expect(dashboard.items()).toHaveCount(before);
});

test('charts have table alternatives, and urgent items are announced once as a toast in the browser', async ({ page, workbench: _ }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(page.getByRole('status').getByText(/^\d+ items need attention now: .*; and \d+ more\.$/)).toBeVisible();
  const skills = page.getByRole('region', { name: 'Team skills by section' });
  await skills.getByText('Show as a table').click();
  await expect(skills.getByRole('table')).toContainText('Information governance and compliance');
  const recognition = page.getByRole('region', { name: 'Recognition over time' });
  await recognition.getByText('Show as a table').click();
  await expect(recognition.getByRole('row')).toHaveCount(13);
  await expectNoAxeViolations(page);
  await page.reload();
  await dashboard.open();
  await expect(page.getByRole('status').getByText(/items need attention now/)).toHaveCount(0);
});

test('alerts on first load are one message that covers no control; no message covers a table column or button', async ({ page, workbench: _ }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const status = page.getByRole('status').filter({ hasText: 'need attention now' });
  await expect(status.locator('.toast')).toHaveCount(1);
  const box = await status.boundingBox();
  if (!box) throw new Error('the message is not shown');
  // Every control and table cell in the page: none may lie under the message.
  const targets = await page.getByRole('main').locator('button, a, input, select, textarea, th, td, summary').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.textContent?.trim().slice(0, 40) ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  const overlapping = targets.filter((t) => t.w > 0 && t.h > 0 && t.x < box.x + box.width && t.x + t.w > box.x && t.y < box.y + box.height && t.y + t.h > box.y);
  expect(overlapping).toEqual([]);
  await page.screenshot({ path: 'docs/images/dashboard-alerts-docked.png' });
  // Undo messages from an action land in the same place.
  await page.getByRole('button', { name: /^Dismiss: .*Chartership has stalled/ }).click();
  await expect(status).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every bar of the CPD and skills charts carries its label', async ({ page, workbench: _ }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  for (const [name, labelOf] of [
    ['CPD hours, last 12 months', (cell: string) => cell],
    ['Team skills by section', (cell: string) => cell.split(' ')[0] ?? cell],
  ] as const) {
    const chart = page.getByRole('region', { name });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const table = chart.getByRole('table', { includeHidden: true });
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.filter((tr) => tr.children[1]?.textContent !== '—').map((tr) => tr.children[0]?.textContent ?? ''),
    );
    const shown = name.startsWith('CPD') ? rows.slice(0, 15) : rows;
    expect(shown.length).toBeGreaterThan(5);
    const texts = await chart.locator('svg text').allTextContents();
    // Every bar's category is written on the chart, not every other one.
    const missing = shown.filter((cell) => !texts.some((t) => t.replace(/\s+/g, ' ').includes(labelOf(cell))));
    expect(missing).toEqual([]);
  }
  await page.getByRole('region', { name: 'CPD hours, last 12 months' }).screenshot({ path: 'docs/images/dashboard-cpd-chart.png' });
});
