import path from 'node:path';
import { BrowserWindow, shell } from 'electron';
import { hardenContents, hardenSession, secureWebPreferences } from './security';

export function createMainWindow(outDir: string, devServerUrl?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Staff Development Workbench',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(path.join(outDir, 'preload', 'index.js')),
  });
  hardenSession(window.webContents.session, devServerUrl);
  hardenContents(window.webContents, shell, devServerUrl);
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(path.join(outDir, 'renderer', 'index.html'));
  return window;
}
