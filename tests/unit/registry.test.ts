import { describe, expect, it } from 'vitest';
import { buildHandlerTable } from '../../electron/main/ipc/registry';
import { contract, DOMAINS } from '../../shared/ipc/contract';
import { DOMAIN_NAMES } from '../../shared/ipc/domains';
import { createTestApp } from '../helpers/test-app';

const allHandlers = () =>
  Object.fromEntries(Object.keys(contract).map((c) => [c, () => undefined])) as Record<string, () => undefined>;
const byDomain = (handlers: Record<string, () => undefined>) => {
  const modules = new Map<string, Record<string, () => undefined>>();
  for (const [channel, h] of Object.entries(handlers)) {
    const domain = channel.split(':')[0] as string;
    modules.set(domain, { ...(modules.get(domain) ?? {}), [channel]: h });
  }
  return Array.from(modules, ([domain, hs]) => ({ domain, handlers: hs }));
};

describe('handler table', () => {
  it('is complete for the real app: every contract channel has exactly one handler', async () => {
    const t = await createTestApp();
    expect(t.app).toBeDefined();
    t.close();
  });

  it('fails at start-up when a channel has no handler', () => {
    const handlers = allHandlers();
    delete handlers['team:list'];
    expect(() => buildHandlerTable(byDomain(handlers))).toThrow(/missing handler for team:list/);
  });

  it('fails at start-up when two modules register the same channel', () => {
    const modules = byDomain(allHandlers());
    modules.push({ domain: 'team', handlers: { 'team:list': () => undefined } });
    expect(() => buildHandlerTable(modules)).toThrow(/duplicate handler for team:list/);
  });

  it('fails at start-up for a handler with no contract entry or in the wrong domain', () => {
    const modules = byDomain(allHandlers());
    modules.push({ domain: 'team', handlers: { 'team:dropEverything': () => undefined } as never });
    modules.push({ domain: 'system', handlers: { 'team:get': () => undefined } as never });
    expect(() => buildHandlerTable(modules)).toThrow(/unknown channel team:dropEverything[\s\S]*team:get is registered by domain system/);
  });

  it('the renderer refreshes on every domain that has channels', () => {
    expect([...DOMAIN_NAMES].sort()).toEqual([...DOMAINS].sort());
  });

  it('every channel name is domain:verb', () => {
    for (const channel of Object.keys(contract)) expect(channel).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/);
  });
});
