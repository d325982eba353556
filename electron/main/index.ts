/** The Electron main process: one window, the handler table on IPC, the store in the user-data folder. */
import path from 'node:path';
import { app, dialog, ipcMain, Notification, protocol, shell } from 'electron';
import { DATA_DIR_ENV } from './data-dir';
import { electronSqliteBinding } from './desktop/native-binding';
import { devServerUrlFor, isTrustedIpcSender, registerAppScheme, serveAppProtocol } from './desktop/app-protocol';
import { isSafeExternalUrl } from './desktop/security';
import { createMainWindow } from './desktop/window';
import { startWorkbench } from './startup';
import { INVOKE_CHANNEL, EVENT_CHANNEL } from '../preload/channels';
import type { WorkbenchApp } from './app';

const devServerUrl = devServerUrlFor(app);
const outDir = path.join(__dirname, '..');

// The renderer's own origin, app://workbench/; the scheme must be registered before the app is ready.
registerAppScheme(protocol);
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // Belt and braces: webPreferences.devTools is off when packaged; close them if anything opens them anyway.
  if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
});

let workbench: WorkbenchApp | null = null;

app.whenReady().then(() => {
  serveAppProtocol(protocol, path.join(outDir, 'renderer'));
  const dataDir = process.env[DATA_DIR_ENV] ? path.resolve(process.env[DATA_DIR_ENV]) : app.getPath('userData');
  const started = startWorkbench({
    dataDir,
    transport: 'electron',
    checkOutputs: process.env.WORKBENCH_CHECK_OUTPUTS === '1',
    nativeBinding: electronSqliteBinding(app.getAppPath(), process.versions.electron),
    notify: (title, body) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
  });
  if (!started.ok) {
    dialog.showErrorBox('Staff Development Workbench cannot open its data', started.message);
    app.quit();
    return;
  }
  const current = started.app;
  workbench = current;
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => {
    if (!isTrustedIpcSender(event, devServerUrl)) return { ok: false, error: { code: 'FORBIDDEN', message: 'Untrusted sender.' } };
    return current.dispatch(String(channel), input);
  });
  const window = createMainWindow(outDir, { devServerUrl, devTools: !app.isPackaged });
  const unsubscribe = current.subscribe((name) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name);
  });
  window.on('closed', unsubscribe);
});

app.on('window-all-closed', () => {
  workbench?.close();
  app.quit();
});
