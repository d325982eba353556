import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { setTransport, type Transport } from '../../../renderer/src/api/client';
import { TodayGate } from '../../../renderer/src/api/use-today';
import type { AppStatus } from '../../../shared/domains/system';
import type { Draft } from '../../../shared/domains/drafts';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { ToastProvider } from '../../../renderer/src/components/toasts';

/**
 * A fake main process, typed by the contract: each channel's fake takes that channel's input and
 * must answer its declared output, so a fixture that drifts from the contract fails to compile.
 * A fake may still throw error data (`mainError(...)` in ./main-error.ts gives what the main process sends) to answer with a typed error.
 */
export type FakeHandlers = Partial<{ [C in Channel]: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> }>;

/**
 * A fake client: each channel answers from `handlers` (a value, or a thrown
 * error data becomes a typed error). Records every call.
 */
export function fakeTransport(handlers: FakeHandlers) {
  const calls: { channel: string; input: unknown }[] = [];
  const transport: Transport = {
    invoke: async (channel, input) => {
      // Reading the date is not something a test is about; every other call is recorded.
      if (channel !== 'system:status') calls.push({ channel, input });
      // One place where the channel name is a plain string (as the transport gets it); each fake itself is typed.
      const handler = handlers[channel as Channel] as ((input: unknown) => unknown) | undefined;
      if (!handler) return { ok: false, error: { code: 'NOT_FOUND', message: `No fake for ${channel}` } };
      try {
        return { ok: true, value: await handler(input) };
      } catch (error) {
        return { ok: false, error };
      }
    },
    on: () => () => undefined,
  };
  return { transport, calls };
}

/** The day every renderer test runs on unless it passes its own `system:status` fake: never the real date. */
export const RENDER_TODAY = '2026-11-23';

export const fakeStatus = (over: Partial<AppStatus> = {}): AppStatus => ({
  version: '0.1.0', schemaVersion: 7, dataDir: '/tmp', databaseFile: ':memory:', memberCount: 12, needsOnboarding: false,
  today: RENDER_TODAY, transport: 'web', notice: null, ...over,
});

/**
 * Renders `ui` as the app does: below the TodayGate, so "today" comes from the (fake) main process.
 * A test that does not fake `system:status` gets `fakeStatus()`.
 */
/** Drafts kept in memory for one rendered test, as the main process keeps them in its database. */
export function fakeDrafts(initial: Record<string, string> = {}) {
  const store = new Map<string, string>(Object.entries(initial));
  const handlers = {
    'drafts:get': ({ key }) => (store.has(key) ? { key, body: store.get(key) ?? '', updatedAt: '2026-11-23T10:00:00.000Z' } : null),
    'drafts:save': ({ key, body }): Draft => {
      store.set(key, body);
      return { key, body, updatedAt: '2026-11-23T10:00:00.000Z' };
    },
    'drafts:discard': ({ key }) => ({ discarded: store.delete(key) }),
  } satisfies FakeHandlers;
  return { store, handlers };
}

export function renderWithClient(ui: ReactElement, handlers: FakeHandlers, route = '/') {
  // Forms with long text keep drafts: unless a test fakes them itself, they live in memory.
  const fake = fakeTransport({ 'system:status': () => fakeStatus(), ...fakeDrafts().handlers, ...handlers });
  return { ...renderWithTransport(ui, fake.transport, route), calls: fake.calls };
}

/** Renders `ui` as the app does over any transport (e.g. one calling the real main-process dispatcher). */
export function renderWithTransport(ui: ReactElement, transport: Transport, route = '/') {
  setTransport(transport);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter initialEntries={[route]}>
          <TodayGate>{ui}</TodayGate>
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return result;
}
