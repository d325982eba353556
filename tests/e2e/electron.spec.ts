import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/** The real desktop app. Runs where an Electron binary (and its better-sqlite3 build) exists; skipped elsewhere. */
function electronBinary(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const p = require('electron') as unknown;
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the desktop app opens its window with the app shell', async () => {
  test.skip(!binary, 'No Electron binary on this machine (it cannot be downloaded here); the web bridge tests cover the renderer.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [path.resolve(__dirname, '../..')],
    env: { ...process.env, WORKBENCH_DATA_DIR: dataDir },
  });
  const window = await app.firstWindow();
  // The renderer's own origin, not file:// (see tests/unit/electron-shell.test.ts).
  expect(window.url()).toMatch(/^app:\/\/workbench\//);
  await expect(window.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(window.getByRole('dialog', { name: 'Welcome to the Staff Development Workbench' })).toBeVisible();
  const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined');
  expect(isolated).toBe(true);
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
