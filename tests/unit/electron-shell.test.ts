import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveAppProtocol } from '../../electron/main/desktop/app-protocol';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security';

type Mock = typeof import('../helpers/electron-mock');
type InvokeHandler = (event: unknown, channel: unknown, input: unknown) => Promise<unknown> | unknown;

const dataDirs: string[] = [];
let closeApp: (() => void) | null = null;

/**
 * Runs the real main-process entry (electron/main/index.ts) against the electron
 * mock, as a packaged app or in development, and hands back what it did.
 */
async function startMain(options: { packaged: boolean; rendererUrl?: string }) {
  vi.resetModules();
  // After the reset this is the same mock instance index.ts will get for 'electron'.
  const electron = (await import('../helpers/electron-mock')) as Mock;
  const { app, BrowserWindow, ipcMain, protocol } = electron;
  BrowserWindow.instances.length = 0;
  app.isPackaged = options.packaged;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-shell-'));
  dataDirs.push(dataDir);
  vi.stubEnv('WORKBENCH_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', options.rendererUrl ?? '');
  let ready: () => void = () => undefined;
  app.whenReady.mockReturnValueOnce(new Promise<void>((resolve) => (ready = resolve)));
  await import('../../electron/main/index');
  const registeredBeforeReady = protocol.registerSchemesAsPrivileged.mock.calls.length > 0;
  ready();
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  const window = BrowserWindow.instances[0] as InstanceType<Mock['BrowserWindow']>;
  const invoke = ipcMain.handle.mock.calls.find((c) => c[0] === 'workbench:invoke')?.[1] as InvokeHandler;
  const onAll = app.on.mock.calls.find((c) => c[0] === 'window-all-closed')?.[1] as () => void;
  // Let the start-up backup finish before the store closes under it.
  const backups = path.join(dataDir, 'backups');
  await vi
    .waitFor(() => expect(fs.existsSync(backups) && fs.readdirSync(backups).some((f) => !f.endsWith('.partial'))).toBe(true), { timeout: 10_000 })
    .catch(() => undefined);
  closeApp = onAll;
  return { electron, window, invoke, registeredBeforeReady };
}

afterEach(() => {
  closeApp?.();
  closeApp = null;
  vi.unstubAllEnvs();
  for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const frame = (url: string, parent: unknown = null) => ({ url, parent });

describe('the Electron shell', () => {
  it('loads the renderer from app://workbench/, a privileged standard secure scheme registered before ready', async () => {
    const { electron, window, registeredBeforeReady } = await startMain({ packaged: true });
    expect(window.loaded).toBe('app://workbench/index.html');
    expect(registeredBeforeReady).toBe(true);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, and honours it in development', async () => {
    const packaged = await startMain({ packaged: true, rendererUrl: 'http://localhost:5173' });
    expect(packaged.window.loaded).toBe('app://workbench/index.html');
    closeApp?.();
    const dev = await startMain({ packaged: false, rendererUrl: 'http://localhost:5173' });
    expect(dev.window.loaded).toBe('http://localhost:5173');
  });

  it('turns DevTools off in a packaged build (on in development)', async () => {
    const packaged = await startMain({ packaged: true });
    expect(packaged.window.options.webPreferences).toMatchObject({ devTools: false });
    closeApp?.();
    const dev = await startMain({ packaged: false });
    expect(dev.window.options.webPreferences).toMatchObject({ devTools: true });
  });

  it('answers IPC only from the main frame of the app’s own origin', async () => {
    const { invoke } = await startMain({ packaged: true });
    const call = (senderFrame: unknown) => invoke({ senderFrame }, 'system:status', {});
    expect(await call(frame('app://workbench/index.html#/team'))).toMatchObject({ ok: true });
    const refused = { ok: false, error: { code: 'FORBIDDEN' } };
    // An iframe inside the app's own page, even from the app's origin.
    expect(await call(frame('app://workbench/index.html', frame('app://workbench/index.html')))).toMatchObject(refused);
    // A page the window ended up on, another scheme, or a look-alike host.
    expect(await call(frame('file:///app/out/renderer/index.html'))).toMatchObject(refused);
    expect(await call(frame('https://evil.example/'))).toMatchObject(refused);
    expect(await call(frame('app://workbench.evil.example/index.html'))).toMatchObject(refused);
    // The frame has navigated away or been destroyed.
    expect(await call(null)).toMatchObject(refused);
  });

  it('in development, the dev server is the app’s origin and nothing else is', async () => {
    const { invoke } = await startMain({ packaged: false, rendererUrl: 'http://localhost:5173' });
    expect(await invoke({ senderFrame: frame('http://localhost:5173/#/team') }, 'system:status', {})).toMatchObject({ ok: true });
    expect(await invoke({ senderFrame: frame('http://localhost:5174/') }, 'system:status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the app:// protocol handler', () => {
  it('serves files inside the renderer folder with the CSP, and nothing outside it', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-renderer-'));
    dataDirs.push(root);
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Workbench</title>');
    fs.writeFileSync(path.join(root, 'assets', 'index.js'), 'export {};');
    fs.writeFileSync(path.join(path.dirname(root), `secret-${path.basename(root)}.txt`), 'secret');
    let handler: ((request: Request) => Response | Promise<Response>) | undefined;
    serveAppProtocol({ handle: (_scheme, h) => (handler = h as typeof handler) }, root);
    const get = async (url: string) => (handler as NonNullable<typeof handler>)(new Request(url));

    const page = await get('app://workbench/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Workbench</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect((await get('app://workbench/assets/index.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await get(`app://workbench/%2e%2e/secret-${path.basename(root)}.txt`)).status).toBe(404);
    expect((await get('app://workbench/..%2f..%2f..%2fetc/passwd')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://workbench/%E0%A4%A')).status).toBe(404);
    fs.rmSync(path.join(path.dirname(root), `secret-${path.basename(root)}.txt`));
  });
});
