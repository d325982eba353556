import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from '../../electron/main/bridge/server';
import { emptyMemberInput } from '../../shared/domains/team';
import { createTestApp, type TestApp } from '../helpers/test-app';

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function request(bridge: RunningBridge, options: { path?: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, path: options.path ?? '/api/invoke', method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('loopback web bridge', () => {
  let t: TestApp;
  let bridge: RunningBridge;
  let host: string;
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridge-static-'));
  const status = JSON.stringify({ channel: 'system:status', input: {} });
  const authed = () => ({ host, 'x-workbench-token': bridge.token, 'content-type': 'application/json' });

  beforeAll(async () => {
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Workbench</title>');
    t = await createTestApp();
    bridge = await startBridge({ app: t.app, staticDir, maxBodyBytes: 64 * 1024 });
    host = `127.0.0.1:${bridge.port}`;
  });
  afterAll(async () => {
    await bridge.close();
    t.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, on a random port', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.port).toBeGreaterThan(0);
  });

  it('answers a request that carries the per-run token with the same result as IPC', async () => {
    const reply = await request(bridge, { headers: authed(), body: status });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual(await t.app.dispatch('system:status', {}));
  });

  it('rejects requests without the token, or with a wrong one, with 401', async () => {
    expect((await request(bridge, { headers: { host }, body: status })).status).toBe(401);
    expect((await request(bridge, { headers: { host, 'x-workbench-token': 'guess' }, body: status })).status).toBe(401);
    expect((await request(bridge, { path: '/api/events', method: 'GET', headers: { host } })).status).toBe(401);
    expect((await request(bridge, { path: '/auth?token=guess', method: 'GET', headers: { host } })).status).toBe(401);
  });

  it('the login address hands the token to the page in the URL fragment and sets no cookie', async () => {
    const login = await request(bridge, { path: `/auth?token=${bridge.token}`, method: 'GET', headers: { host } });
    expect(login.status).toBe(302);
    expect(login.headers['set-cookie']).toBeUndefined();
    expect(login.headers.location).toBe(`/#wb-token=${bridge.token}`);
    // The page itself is the same for everyone: it loads without a credential, and asks for the API with the header.
    const page = await request(bridge, { path: '/', method: 'GET', headers: { host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Workbench</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('does not accept the token from a cookie (browsers send 127.0.0.1 cookies to every port): only the header', async () => {
    const cookie = `wb_token=${bridge.token}`;
    expect((await request(bridge, { headers: { host, cookie, 'content-type': 'application/json' }, body: status })).status).toBe(401);
    expect((await request(bridge, { path: '/api/events', method: 'GET', headers: { host, cookie } })).status).toBe(401);
  });

  it('streams change events to a client that sends the header', { timeout: 10_000 }, async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: bridge.port, path: '/api/events', headers: authed() }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
          if (text.includes('event: changed')) {
            req.destroy();
            resolve(text);
          }
        });
        void t.app.dispatch('team:create', { ...emptyMemberInput, name: 'Siân ap Dŵr', jobTitle: 'Archivist', team: 'Central' }).then((r) => {
          if (!r.ok) reject(new Error(r.error.message));
        }, reject);
      });
      req.on('error', reject);
    });
    expect(received).toMatch(/event: changed\ndata: team:changed\n\n/);
  });

  it('rejects a wrong Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await request(bridge, { headers: { ...authed(), host: 'evil.example:80' }, body: status })).status).toBe(421);
    expect((await request(bridge, { headers: { ...authed(), origin: 'http://evil.example' }, body: status })).status).toBe(403);
    expect((await request(bridge, { headers: { ...authed(), origin: `http://${host}` }, body: status })).status).toBe(200);
  });

  it('rejects a body over the size limit with 413 and writes nothing', async () => {
    const before = t.checksum();
    const big = JSON.stringify({ channel: 'team:create', input: { name: 'x'.repeat(100 * 1024) } });
    expect((await request(bridge, { headers: authed(), body: big })).status).toBe(413);
    expect(t.checksum()).toBe(before);
  });

  it('answers malformed JSON and unknown channels with typed errors', async () => {
    const bad = await request(bridge, { headers: authed(), body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await request(bridge, { headers: authed(), body: JSON.stringify({ channel: 'fs:rm', input: {} }) });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers a malformed percent-encoding in the path with 400, not a 500 or a stack trace', async () => {
    for (const bad of ['/%E0%A4%A', '/assets/%', '/%ZZ', 'http://[', 'http://a:b:c/']) {
      const reply = await request(bridge, { path: bad, method: 'GET', headers: authed() });
      expect(reply.status, bad).toBe(400);
      expect(reply.body).not.toMatch(/URIError|at .*\(/);
    }
  });

  it('does not serve files outside the renderer folder', async () => {
    const reply = await request(bridge, { path: '/../../../../etc/passwd', method: 'GET', headers: authed() });
    expect(reply.body).not.toContain('root:');
  });
});
