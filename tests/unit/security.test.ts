import fs from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, contextBridge, ipcRenderer, shell, type FakeWebContents } from '../helpers/electron-mock';
import { createMainWindow } from '../../electron/main/desktop/window';
import { isSafeExternalUrl } from '../../electron/main/desktop/security';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security';

function openWindow() {
  BrowserWindow.instances.length = 0;
  const window = createMainWindow('/app/out') as unknown as BrowserWindow;
  return { window, contents: window.webContents as FakeWebContents };
}

const navigate = (contents: FakeWebContents, url: string) => {
  const event = { preventDefault: vi.fn() };
  contents.emit('will-navigate', event, url);
  return event.preventDefault.mock.calls.length > 0;
};

describe('Electron security baseline', () => {
  beforeEach(() => shell.openExternal.mockClear());

  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    const prefs = openWindow().window.options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(prefs.preload).toBe('/app/out/preload/index.js');
  });

  it('has no remote module: not enabled and not a dependency', () => {
    const prefs = openWindow().window.options.webPreferences ?? {};
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: object; devDependencies: object };
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('@electron/remote');
  });

  it('loads only the bundled page (app://workbench/) and blocks navigation to any other origin', () => {
    const { window, contents } = openWindow();
    expect(window.loaded).toBe('app://workbench/index.html');
    expect(navigate(contents, 'app://workbench/index.html#/team')).toBe(false);
    expect(navigate(contents, 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'file:///app/out/renderer/index.html')).toBe(true);
    expect(navigate(contents, 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'app://elsewhere/index.html')).toBe(true);
  });

  it('denies every new window; https links go to the OS browser, nothing else does', () => {
    const { contents } = openWindow();
    expect(contents.windowOpenHandler?.({ url: 'https://www.cilip.org.uk/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'http://insecure.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.cilip.org.uk/');
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
  });

  it('denies permission requests (camera, notifications, geolocation…) by default', () => {
    const { contents } = openWindow();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      contents.session.permissionRequestHandler?.(contents, permission, (ok) => answers.push(ok));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(contents.session.permissionCheckHandler?.()).toBe(false);
  });

  it('sends a strict CSP with no inline or remote script', () => {
    const { contents } = openWindow();
    let headers: Record<string, string[]> = {};
    contents.session.headersHandler?.({ responseHeaders: {} }, (r) => {
      headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY_HEADER]);
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
  });

  it('loads no remote content: http(s) requests from the window are cancelled', () => {
    const { contents } = openWindow();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      contents.session.beforeRequestHandler?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://fonts.example.com/font.woff2')).toBe(true);
    expect(decide('http://127.0.0.1:9999/api')).toBe(true);
    expect(decide('app://workbench/assets/index.js')).toBe(false);
    expect(decide('file:///etc/passwd')).toBe(true);
  });

  it('the preload exposes only invoke and on, and refuses channels outside the contract', async () => {
    contextBridge.exposeInMainWorld.mockClear();
    await import('../../electron/preload/index');
    const [name, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, (...a: unknown[]) => unknown>];
    expect(name).toBe('workbench');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    ipcRenderer.invoke.mockClear();
    expect(await api.invoke?.('fs:readFile', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    await api.invoke?.('team:list', {});
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('workbench:invoke', 'team:list', {});
    expect(() => api.on?.('anything-else', () => undefined)).toThrow(/Not a change event/);
  });
});
