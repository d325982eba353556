#!/usr/bin/env node
// Takes screenshots of the real UI for docs/: starts the built web bridge on a temp
// data folder with the sample team and a fixed clock, and captures the given routes.
//   node scripts/screenshots.mjs team=/team member=/team/2 settings=/settings dashboard=/@7000
// (@ms waits longer before the shot, e.g. for start-up toasts to clear)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shots = process.argv.slice(2).map((a) => {
  const [name, rest] = a.split('=');
  const [route, wait] = rest.split('@');
  return [name, route, Number(wait ?? 1200)];
});
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-shots-'));
const server = spawn(process.execPath, [path.join(root, 'out/main/web.js'), '--data-dir', dataDir, '--no-open', '--clock', '2026-11-23T10:00:00Z']);
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (c) => {
    out += c;
    const m = /http:\/\/127\.0\.0\.1:\d+\/auth\?token=\S+/.exec(out);
    if (m) resolve(m[0]);
  });
  server.on('exit', () => reject(new Error(out)));
});
const origin = new URL(url).origin;
const token = new URL(url).searchParams.get('token');
await fetch(`${origin}/api/invoke`, {
  method: 'POST',
  headers: { 'x-workbench-token': token, 'content-type': 'application/json' },
  body: JSON.stringify({ channel: 'system:chooseStart', input: { mode: 'sample' } }),
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
for (const [name, route, wait] of shots) {
  await page.goto(`${origin}/#${route}`);
  await page.waitForTimeout(wait);
  await page.screenshot({ path: path.join(root, 'docs/images', `${name}.png`) });
  console.log(`docs/images/${name}.png`);
}
await browser.close();
server.kill();
fs.rmSync(dataDir, { recursive: true, force: true });
