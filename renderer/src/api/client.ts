import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { asErrorData, errorData, wordError, type AppErrorData, type ErrorCode, type ErrorKey, type ErrorParams } from '../../../shared/error-words';
import type { Result } from '../../../shared/result';

/** How the renderer reaches the main process: Electron's preload, or the loopback web bridge. */
export interface Transport {
  invoke: (channel: string, input: unknown) => Promise<unknown>;
  on: (event: string, listener: () => void) => () => void;
}

declare global {
  interface Window {
    workbench?: Transport;
  }
}

/** A failed call: the main process's error data, worded by `wordError` (its `message` is that wording). */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly key: ErrorKey;
  readonly params?: ErrorParams;
  readonly field?: string;
  constructor(value: unknown) {
    const data = asErrorData(value);
    super(wordError(data));
    this.name = 'ApiError';
    this.code = data.code;
    this.key = data.key;
    if (data.params !== undefined) this.params = data.params;
    if (data.field !== undefined) this.field = data.field;
  }
  /** The error as data again (for `wordError` with a form's own label). */
  get data(): AppErrorData {
    return { code: this.code, key: this.key, message: this.message, ...(this.params ? { params: this.params } : {}), ...(this.field !== undefined ? { field: this.field } : {}) };
  }
}

/** Where the web bridge's login address leaves the token: `/#wb-token=…` (a fragment never reaches a server). */
const TOKEN_FRAGMENT = /^#wb-token=([A-Za-z0-9_-]+)$/;
const TOKEN_KEY = 'workbench.bridgeToken';
const TOKEN_HEADER = 'x-workbench-token';

/**
 * Moves the token from the login address into this tab's sessionStorage and
 * takes it out of the address bar and history. Runs before the router reads the
 * address. The token then travels only as a header on this page's own requests:
 * unlike a cookie, it is never sent to other servers on 127.0.0.1.
 */
export function adoptBridgeToken(win: Pick<Window, 'location' | 'history' | 'sessionStorage'> = window): string | null {
  const match = TOKEN_FRAGMENT.exec(win.location.hash);
  if (match?.[1]) {
    win.sessionStorage.setItem(TOKEN_KEY, match[1]);
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}#/`);
  }
  return win.sessionStorage.getItem(TOKEN_KEY);
}

if (typeof window !== 'undefined' && !window.workbench && typeof window.sessionStorage !== 'undefined') adoptBridgeToken();

/** Reads a text/event-stream body and calls `onEvent(name, data)` per event. */
async function readEventStream(body: ReadableStream<Uint8Array>, onEvent: (name: string, data: string) => void) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      if (data.length > 0) onEvent(name, data.join('\n'));
    }
  }
}

function webTransport(): Transport {
  const listeners = new Map<string, Set<() => void>>();
  const headers = (): Record<string, string> => {
    const token = window.sessionStorage.getItem(TOKEN_KEY);
    return token ? { [TOKEN_HEADER]: token } : {};
  };
  let listening = false;
  // EventSource cannot send a header, so change events come over a streamed fetch, reconnecting as EventSource would.
  const listen = async () => {
    for (;;) {
      try {
        const response = await fetch('/api/events', { headers: headers(), cache: 'no-store', credentials: 'omit' });
        if (response.status === 401) return;
        if (response.ok && response.body) {
          await readEventStream(response.body, (name, data) => {
            if (name === 'changed') listeners.get(data)?.forEach((l) => l());
          });
        }
      } catch {
        // The bridge restarted or the network dropped: try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  };
  return {
    invoke: async (channel, input) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers() },
        body: JSON.stringify({ channel, input }),
        credentials: 'omit',
      });
      if (response.status === 401) {
        return { ok: false, error: errorData('FORBIDDEN', 'notSignedIn') };
      }
      if (!response.ok) return { ok: false, error: errorData('INTERNAL', 'transportFailed', { params: { status: response.status } }) };
      return response.json();
    },
    on: (event, listener) => {
      if (!listening) {
        listening = true;
        void listen();
      }
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}

let transport: Transport | null = null;

/** Tests install a fake transport; the app picks Electron's when the preload provided one. */
export function setTransport(next: Transport | null) {
  transport = next;
}

export function getTransport(): Transport {
  transport ??= window.workbench ?? webTransport();
  return transport;
}

export async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await getTransport().invoke(channel, input)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
