import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { setTransport, type Transport } from '../../../renderer/src/api/client';
import { TodayGate } from '../../../renderer/src/api/use-today';
import type { AppStatus } from '../../../shared/domains/system';
import { ToastProvider } from '../../../renderer/src/components/toasts';

export type FakeHandlers = Record<string, (input: unknown) => unknown>;

/**
 * A fake client: each channel answers from `handlers` (a value, or a thrown
 * `{ code, message, field }` becomes a typed error). Records every call.
 */
export function fakeTransport(handlers: FakeHandlers) {
  const calls: { channel: string; input: unknown }[] = [];
  const transport: Transport = {
    invoke: async (channel, input) => {
      // Reading the date is not something a test is about; every other call is recorded.
      if (channel !== 'system:status') calls.push({ channel, input });
      const handler = handlers[channel];
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
export function renderWithClient(ui: ReactElement, handlers: FakeHandlers, route = '/') {
  const fake = fakeTransport({ 'system:status': () => fakeStatus(), ...handlers });
  setTransport(fake.transport);
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
  return { ...result, calls: fake.calls };
}
