import fs from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../shared/security';
import { contentTypeOf } from '../lib/content-type';

/**
 * The renderer is served from `app://workbench/`, not `file://`: a file URL
 * would give the page (and anything it is tricked into loading) the whole disk
 * as its origin. A standard, secure scheme gives it one origin of its own that
 * IPC and navigation checks can name exactly.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** True only for the app's own origin, or the dev server's in development. */
export function isAppOrigin(url: string, devServerUrl?: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
    if (!devServerUrl) return false;
    const dev = new URL(devServerUrl);
    return u.protocol === dev.protocol && u.host === dev.host;
  } catch {
    return false;
  }
}

/** The file inside `rendererDir` that an app:// URL names, or null (other host, outside the folder, missing). */
export function appFileFor(rendererDir: string, url: string): string | null {
  let u: URL;
  let pathname: string;
  try {
    u = new URL(url);
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (!file.startsWith(root + path.sep)) return null;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/** Serves the built renderer on app://workbench/ with the same CSP as the web bridge. Call when ready. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    const body = await fs.promises.readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

/** ELECTRON_RENDERER_URL (electron-vite's dev server) is honoured only in development, never in a packaged app. */
export function devServerUrlFor(app: { isPackaged: boolean }, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return app.isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
}

interface FrameLike {
  url: string;
  parent: FrameLike | null;
}

/**
 * As VS Code's validatedIpcMain: IPC is answered only for the top frame of the
 * app's own origin. A sub-frame, a page the window was navigated to, or a
 * frame that has gone away (senderFrame null) is refused.
 */
export function isTrustedIpcSender(event: { senderFrame: FrameLike | null }, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppOrigin(frame.url, devServerUrl);
}
