import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../shared/security';
import { APP_ORIGIN, isAppOrigin } from './app-protocol';

/** The renderer gets no Node, no Electron, and no way out of its sandbox; DevTools only in development. */
export function secureWebPreferences(preload: string, options: { devTools: boolean } = { devTools: false }): WebPreferences {
  return {
    preload,
    devTools: options.devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** True for the app's own pages: app://workbench/, or the dev server in development. */
export const isAppUrl = (url: string, devServerUrl?: string): boolean => isAppOrigin(url, devServerUrl);

/** Only https links leave the app, and only to the OS browser. */
export const isSafeExternalUrl = (url: string): boolean => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

export interface ShellLike {
  openExternal: (url: string) => Promise<void>;
}

export function hardenContents(contents: WebContents, shell: ShellLike, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] },
    });
  });
  // No remote content: anything that is not the app itself (or devtools) is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const local = url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:');
    callback({ cancel: !(local || (devServerUrl !== undefined && url.startsWith(devServerUrl))) });
  });
}
