import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { errorData } from '../../../shared/errors';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../shared/security';
import { contentTypeOf } from '../lib/content-type';
import type { WorkbenchApp } from '../app';

export const TOKEN_HEADER = 'x-workbench-token';
/** The login address hands the token to the page in this URL fragment (never sent to any server). */
export const TOKEN_FRAGMENT = 'wb-token';
/** An import is at most 8 MB of text or base64; JSON framing adds a little. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface BridgeOptions {
  app: WorkbenchApp;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningBridge {
  origin: string;
  /** Open this once: it hands the page the token (kept in the tab's sessionStorage) and opens the app. */
  loginUrl: string;
  token: string;
  port: number;
  close: () => Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

/** Reads a body up to `limit` bytes; past that it keeps draining (memory stays bounded) and answers null. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = Number(req.headers['content-length'] ?? 0) > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      if (!tooBig) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serves the renderer and the same handler table as Electron IPC over HTTP on
 * 127.0.0.1 only. Every API request must carry the per-run token in a header and
 * name this server in Host (and Origin, when a browser sends one), which keeps
 * other local web pages and DNS-rebinding tricks out.
 *
 * No cookie: browsers send a 127.0.0.1 cookie to every port on 127.0.0.1, so a
 * cookie would hand the token to any other local server the browser visits. The
 * page keeps the token in its tab's sessionStorage and sends it as a header; a
 * header goes only where the page's own code sends it. The built renderer
 * itself (HTML, scripts) is the same for everyone and is served without it.
 */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const staticRoot = path.resolve(options.staticDir);
  let allowedHosts: string[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (!allowedHosts.includes(host)) return send(res, 421, 'Wrong Host header.');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
        return send(res, 403, 'Cross-origin requests are not allowed.');
      }
      let url: URL;
      try {
        url = new URL(req.url ?? '/', `http://${host}`);
      } catch {
        return send(res, 400, 'The address could not be read.');
      }

      if (url.pathname === '/auth') {
        if (!safeEqual(url.searchParams.get('token') ?? '', token)) return send(res, 401, 'Missing or wrong token.');
        res.writeHead(302, { ...SECURITY_HEADERS, Location: `/#${TOKEN_FRAGMENT}=${token}` });
        return res.end();
      }

      if (url.pathname.startsWith('/api/')) {
        const presented = req.headers[TOKEN_HEADER];
        if (typeof presented !== 'string' || !safeEqual(presented, token)) {
          return send(res, 401, 'Missing or wrong token. Open the address the app printed.');
        }
      }

      if (url.pathname === '/api/invoke') {
        if (req.method !== 'POST') return send(res, 405, 'Use POST.');
        const body = await readBody(req, limit);
        if (body === null) return send(res, 413, `Request body is over the ${limit} byte limit.`);
        let message: { channel?: unknown; input?: unknown };
        try {
          message = JSON.parse(body) as typeof message;
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: errorData('VALIDATION', 'notJson') }), 'application/json');
        }
        const result = await options.app.dispatch(String(message?.channel ?? ''), message?.input);
        return send(res, 200, JSON.stringify(result), 'application/json');
      }

      if (url.pathname === '/api/events') {
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        const unsubscribe = options.app.subscribe((event) => res.write(`event: changed\ndata: ${event}\n\n`));
        req.on('close', unsubscribe);
        return;
      }
      if (url.pathname.startsWith('/api/')) return send(res, 404, 'No such endpoint.');

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
      let decoded: string;
      try {
        decoded = decodeURIComponent(url.pathname);
      } catch {
        // A malformed escape such as /%E0%A4%A is the client's mistake, not a crash.
        return send(res, 400, 'The address has a malformed percent-encoding.');
      }
      const requested = path.resolve(staticRoot, `.${decoded}`);
      const inside = requested === staticRoot || requested.startsWith(staticRoot + path.sep);
      const file = inside && fs.existsSync(requested) && fs.statSync(requested).isFile() ? requested : path.join(staticRoot, 'index.html');
      if (!fs.existsSync(file)) return send(res, 503, 'The renderer is not built. Run `npm run build` first.');
      return send(res, 200, fs.readFileSync(file) as unknown as string, contentTypeOf(file));
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal error.');
      else res.end();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    loginUrl: `${origin}/auth?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
