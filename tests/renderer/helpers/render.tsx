import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { setTransport, type Transport } from '../../../renderer/src/api/client';
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
      calls.push({ channel, input });
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

export function renderWithClient(ui: ReactElement, handlers: FakeHandlers, route = '/') {
  const fake = fakeTransport(handlers);
  setTransport(fake.transport);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, calls: fake.calls };
}
