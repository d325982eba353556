import { LOCKED_MESSAGE, type AppStatus, type BackupInfo } from '../../../../shared/domains/system';
import { errorData } from '../../../../shared/errors';
import { contract } from '../../../../shared/ipc/contract';
import { fromZodError, toErrorData } from '../../ipc/errors';
import type { Dispatch } from '../../ipc/registry';

/**
 * The dispatcher of a locked (encrypted, not yet unlocked) workbench: it answers
 * the status and takes the passphrase, lists the backups and restores a plain one; everything else is
 * refused and touches nothing.
 */
export function createLockedDispatch(options: {
  status: () => AppStatus;
  unlock: (passphrase: string) => Promise<AppStatus>;
  /** The backups, and restoring a plain one: the way out when the locked file is not really encrypted. */
  listBackups?: () => BackupInfo[];
  restore?: (fileName: string) => Promise<AppStatus>;
  log?: (error: unknown) => void;
}): Dispatch {
  return async (channel, rawInput) => {
    if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
      return { ok: false, error: errorData('NOT_FOUND', 'unknownChannel', { params: { channel: String(channel).slice(0, 80) } }) };
    }
    if (channel === 'system:status') return { ok: true, value: options.status() };
    if (channel === 'system:listBackups' && options.listBackups) {
      try {
        return { ok: true, value: options.listBackups() };
      } catch (error) {
        return { ok: false, error: toErrorData(error, options.log) };
      }
    }
    if (channel === 'system:restoreBackup' && options.restore) {
      const parsed = contract['system:restoreBackup'].input.safeParse(rawInput ?? {});
      if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
      try {
        return { ok: true, value: await options.restore(parsed.data.fileName) };
      } catch (error) {
        return { ok: false, error: toErrorData(error, options.log) };
      }
    }
    if (channel !== 'system:unlock') return { ok: false, error: { code: 'FORBIDDEN', key: 'stated', message: LOCKED_MESSAGE } };
    const parsed = contract['system:unlock'].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
    try {
      return { ok: true, value: await options.unlock(parsed.data.passphrase) };
    } catch (error) {
      return { ok: false, error: toErrorData(error, options.log) };
    }
  };
}
