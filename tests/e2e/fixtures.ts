import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './support/server';

/**
 * The fixed "now" the bridge runs with (`--clock`). `WORKBENCH_FAKE_NOW` moves it, to run the suite as if it
 * were another day; the default is the day the sample-data expectations were written for.
 */
export const E2E_NOW = process.env.WORKBENCH_FAKE_NOW ?? '2026-11-23T10:00:00.000Z';

export interface Workbench {
  dataDir: string;
  server: RunningServer;
  /** Stops the bridge and starts a fresh one on the same data folder, then reloads the page. */
  restart: () => Promise<void>;
  /** Calls a contract channel directly (for arranging data a test is not about). */
  call: <T = unknown>(channel: string, input?: unknown) => Promise<T>;
}

interface Options {
  /** The fixed "now" the app runs with; tests that move time pass their own. */
  clock: string;
  /** Choose the sample team on first load (most tests want a populated workbench). */
  withSampleTeam: boolean;
  /** Check every bridge result against the contract (false: the shipped configuration, as the app runs). */
  checkOutputs: boolean;
}

export const test = base.extend<Options & { workbench: Workbench }>({
  clock: [E2E_NOW, { option: true }],
  withSampleTeam: [true, { option: true }],
  checkOutputs: [true, { option: true }],
  workbench: async ({ page, clock, withSampleTeam, checkOutputs }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-e2e-'));
    let server = await startServer(dataDir, clock, checkOutputs);
    const call = async <T,>(channel: string, input: unknown = {}): Promise<T> => {
      const response = await page.request.post(`${server.origin}/api/invoke`, {
        headers: { 'x-workbench-token': server.token },
        data: { channel, input },
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
      return result.value as T;
    };
    if (withSampleTeam) await call('system:chooseStart', { mode: 'sample' });
    // Flake hunting: WORKBENCH_E2E_SLOW_MS delays every reply the page receives from the bridge, so a test that
    // reads the screen before its data has arrived fails every time instead of once in a while on a busy machine.
    const slowMs = Number(process.env.WORKBENCH_E2E_SLOW_MS ?? 0);
    if (slowMs > 0) {
      await page.route('**/api/invoke', async (route) => {
        try {
          const response = await route.fetch();
          await new Promise((resolve) => setTimeout(resolve, slowMs));
          await route.fulfill({ response });
        } catch {
          // The bridge stopped (a restart, or the test's end) while a reply was held back: the page sees a failed call.
          await route.abort().catch(() => undefined);
        }
      });
    }
    await page.goto(server.loginUrl);
    const workbench: Workbench = {
      dataDir,
      get server() {
        return server;
      },
      call,
      restart: async () => {
        await server.stop();
        server = await startServer(dataDir, clock, checkOutputs);
        await page.goto(server.loginUrl);
      },
    };
    await use(workbench);
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** What one axe scan may take on a busy 2-core machine; each scan adds it to the test's time budget. */
const AXE_SCAN_BUDGET_MS = 45_000;

/**
 * axe-core WCAG 2.x A/AA checks on the current page: a test fails on any violation. A full-page scan of a
 * large page can take tens of seconds when the machine is busy, so every scan extends the test's timeout
 * instead of racing the fixed 60 s (no scan is skipped or narrowed for speed).
 */
export async function expectNoAxeViolations(page: Page) {
  const info = test.info();
  info.setTimeout(info.timeout + AXE_SCAN_BUDGET_MS);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'accessibility violations').toEqual([]);
}

/** Navigates with the sidebar, as a user would. */
export async function goTo(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
