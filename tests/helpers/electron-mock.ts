/**
 * A stand-in for the `electron` package in Node tests: records what the main
 * process asks of it so security tests can assert on it.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

export class FakeWebContents {
  listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  session = new FakeSession();
  sent: unknown[][] = [];
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    (this.listeners.get(event) ?? []).forEach((l) => l(...args));
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
}

export class FakeSession {
  permissionRequestHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  headersHandler: ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | null = null;
  beforeRequestHandler: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
  setPermissionRequestHandler(h: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = h;
  }
  setPermissionCheckHandler(h: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = h;
  }
  webRequest = {
    onHeadersReceived: (h: FakeSession['headersHandler']) => {
      this.headersHandler = h;
    },
    onBeforeRequest: (h: FakeSession['beforeRequestHandler']) => {
      this.beforeRequestHandler = h;
    },
  };
}

export class BrowserWindow {
  static instances: BrowserWindow[] = [];
  options: { webPreferences?: Record<string, unknown> };
  webContents = new FakeWebContents();
  loaded: string | null = null;
  constructor(options: BrowserWindow['options']) {
    this.options = options;
    BrowserWindow.instances.push(this);
  }
  once() {
    return this;
  }
  on() {
    return this;
  }
  show() {}
  isDestroyed() {
    return false;
  }
  async loadFile(file: string) {
    this.loaded = `file://${file}`;
  }
  async loadURL(url: string) {
    this.loaded = url;
  }
}

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const app = {
  /** Tests of packaged behaviour (no dev server, no DevTools) set this to true. */
  isPackaged: false,
  getPath: vi.fn(() => '/tmp/electron-mock-user-data'),
  getAppPath: vi.fn(() => process.cwd()),
  whenReady: vi.fn(() => new Promise(() => undefined)),
  on: vi.fn(),
  quit: vi.fn(),
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
};
export const ipcMain = { handle: vi.fn() };
/** Records the custom scheme registration and the handler that serves it. */
export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn<(scheme: string, handler: (request: Request) => Response | Promise<Response>) => void>(),
};
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const dialog = { showErrorBox: vi.fn(), showMessageBox: vi.fn() };
export class Notification {
  static isSupported = () => false;
  constructor(public options: unknown) {}
  show() {}
}
export default { app, BrowserWindow, shell, ipcMain, ipcRenderer, contextBridge, dialog, Notification, protocol };
