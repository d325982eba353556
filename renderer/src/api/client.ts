import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { AppErrorData, ErrorCode, Result } from '../../../shared/result';

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

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    if (data.field !== undefined) this.field = data.field;
  }
}

function webTransport(): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<() => void>>();
  const connect = () => {
    if (source) return;
    source = new EventSource('/api/events');
    source.addEventListener('changed', (e) => listeners.get((e as MessageEvent<string>).data)?.forEach((l) => l()));
  };
  return {
    invoke: async (channel, input) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel, input }),
        credentials: 'same-origin',
      });
      if (response.status === 401) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This browser tab is not signed in to the workbench. Open the address that `npm run start:web` printed.' } };
      }
      if (!response.ok) return { ok: false, error: { code: 'INTERNAL', message: `The workbench answered ${response.status}.` } };
      return response.json();
    },
    on: (event, listener) => {
      connect();
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
