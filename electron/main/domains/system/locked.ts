import { LOCKED_MESSAGE, type AppStatus } from '../../../../shared/domains/system';
import { contract } from '../../../../shared/ipc/contract';
import { fromZodError, toErrorData } from '../../ipc/errors';
import type { Dispatch } from '../../ipc/registry';

/**
 * The dispatcher of a locked (encrypted, not yet unlocked) workbench: it answers
 * the status and takes the passphrase; everything else is refused and touches nothing.
 */
export function createLockedDispatch(options: {
  status: () => AppStatus;
  unlock: (passphrase: string) => Promise<AppStatus>;
  log?: (error: unknown) => void;
}): Dispatch {
  return async (channel, rawInput) => {
    if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: `Unknown channel: ${String(channel).slice(0, 80)}` } };
    }
    if (channel === 'system:status') return { ok: true, value: options.status() };
    if (channel !== 'system:unlock') return { ok: false, error: { code: 'FORBIDDEN', message: LOCKED_MESSAGE } };
    const parsed = contract['system:unlock'].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
    try {
      return { ok: true, value: await options.unlock(parsed.data.passphrase) };
    } catch (error) {
      return { ok: false, error: toErrorData(error, options.log) };
    }
  };
}
