import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptBridgeToken, getTransport, setTransport } from '../../../renderer/src/api/client';

/** The browser side of the web bridge's sign-in: the token lives in the tab, never in a cookie. */

function fakeWindow(hash: string) {
  const store = new Map<string, string>();
  const replaced: string[] = [];
  return {
    replaced,
    store,
    win: {
      location: { hash, pathname: '/', search: '' } as Location,
      history: { replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) } as unknown as History,
      sessionStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } as Storage,
    },
  };
}

afterEach(() => {
  setTransport(null);
  vi.unstubAllGlobals();
  window.sessionStorage.clear();
});

describe('web bridge transport', () => {
  it('moves the token from the login fragment into sessionStorage and out of the address bar', () => {
    const { win, store, replaced } = fakeWindow('#wb-token=abc_DEF-123');
    expect(adoptBridgeToken(win)).toBe('abc_DEF-123');
    expect([...store.values()]).toEqual(['abc_DEF-123']);
    expect(replaced).toEqual(['/#/']);
    // An ordinary route is left alone.
    const route = fakeWindow('#/team/4');
    expect(adoptBridgeToken(route.win)).toBeNull();
    expect(route.replaced).toEqual([]);
  });

  it('sends the token as a header, never as a cookie, and hears change events over a streamed fetch', async () => {
    window.sessionStorage.setItem('workbench.bridgeToken', 'tok');
    const calls: { url: string; init: RequestInit }[] = [];
    const encoder = new TextEncoder();
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
      calls.push({ url, init });
      if (url === '/api/events') {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode(': connected\n\nevent: changed\ndata: te'));
            controller.enqueue(encoder.encode('am:changed\n\n'));
          },
        });
        return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
      }
      return new Response(JSON.stringify({ ok: true, value: { schemaVersion: 9 } }), { status: 200 });
    });
    setTransport(null);
    const transport = getTransport();
    expect(await transport.invoke('system:status', {})).toEqual({ ok: true, value: { schemaVersion: 9 } });
    const heard = vi.fn();
    transport.on('team:changed', heard);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    for (const { init } of calls) {
      expect(new Headers(init.headers).get('x-workbench-token')).toBe('tok');
      expect(init.credentials).toBe('omit');
    }
    expect(calls.map((c) => c.url)).toEqual(['/api/invoke', '/api/events']);
  });
});
