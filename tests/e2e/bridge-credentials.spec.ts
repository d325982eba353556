import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { emptyMemberInput } from '../../shared/domains/team';
import { expect, test } from './fixtures';
import { TeamPage } from './pages/team-page';

/** Another web server on 127.0.0.1 (any local dev server or tool), recording what browsers send it. */
async function startOtherServer() {
  const seen: { url: string; headers: http.IncomingHttpHeaders }[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Another local server</title><img src="/pixel.png" alt="">');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { seen, origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test('the workbench credential never reaches another server on 127.0.0.1, and change events still arrive', async ({ page, context, workbench }) => {
  const other = await startOtherServer();
  try {
    // Signed in by the printed address: the app loads and can read data.
    const team = new TeamPage(page);
    await team.open();
    await expect(team.table).toBeVisible();

    // The manager visits another local server, in this tab and in a new one.
    await page.goto(`${other.origin}/from-the-same-tab`);
    await expect(page).toHaveTitle('Another local server');
    const second = await context.newPage();
    await second.goto(`${other.origin}/from-a-new-tab`);
    await expect(second).toHaveTitle('Another local server');
    await second.close();

    expect(other.seen.map((r) => r.url)).toEqual(expect.arrayContaining(['/from-the-same-tab', '/from-a-new-tab', '/pixel.png']));
    for (const request of other.seen) {
      expect(request.headers.cookie, request.url).toBeUndefined();
      expect(JSON.stringify(request), request.url).not.toContain(workbench.server.token);
    }
    expect(await context.cookies()).toEqual([]);

    // Back in the workbench tab: still signed in, and a change made elsewhere shows without a reload.
    await page.goto(`${workbench.server.origin}/#/team`);
    await expect(team.table).toBeVisible();
    await workbench.call('team:create', { ...emptyMemberInput, name: 'Łukasz Żółć', jobTitle: 'Systems Librarian', team: 'Central Library' });
    await expect(team.row('Łukasz Żółć')).toBeVisible();
  } finally {
    await other.close();
  }
});
