import path from 'node:path';
import { BrowserWindow, shell } from 'electron';
import { APP_ENTRY_URL } from './app-protocol';
import { hardenContents, hardenSession, secureWebPreferences } from './security';

export interface WindowOptions {
  /** electron-vite's dev server; only ever set when the app is not packaged (see devServerUrlFor). */
  devServerUrl?: string;
  /** DevTools are available in development only. */
  devTools?: boolean;
}

export function createMainWindow(outDir: string, options: WindowOptions = {}): BrowserWindow {
  const { devServerUrl, devTools = false } = options;
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Staff Development Workbench',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(path.join(outDir, 'preload', 'index.js'), { devTools }),
  });
  hardenSession(window.webContents.session, devServerUrl);
  hardenContents(window.webContents, shell, devServerUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
