import type { AppContext } from '../../context';
import { listBackups } from '../../backup';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { createSystemService } from './service';

export function systemModule(ctx: AppContext): DomainModule {
  const system = createSystemService(ctx);
  return {
    domain: 'system',
    handlers: {
      'system:status': () => system.status(),
      'system:chooseStart': ({ mode }) => system.chooseStart(mode),
      'system:listBackups': () => listBackups(ctx.dataDir, ctx.lifecycle.encryption.memberCountOf),
      'system:backupNow': asyncHandler(async () => ctx.lifecycle.backupNow()),
      // After a restore this module's store is closed: the status comes from the new one.
      'system:restoreBackup': asyncHandler(async ({ fileName }: { fileName: string }) => ctx.lifecycle.restore(fileName)),
      'system:dismissNotice': () => {
        ctx.lifecycle.dismissNotice();
        return system.status();
      },
      // Reached only once unlocked (the locked app answers it itself), so there is nothing to do.
      'system:unlock': () => system.status(),
      // Each of these closes this module's store: the status comes from the reopened one.
      'system:encrypt': asyncHandler(async ({ passphrase }: { passphrase: string }) => ctx.lifecycle.encryption.encrypt(passphrase)),
      'system:changePassphrase': asyncHandler(async ({ current, passphrase }: { current: string; passphrase: string }) =>
        ctx.lifecycle.encryption.changePassphrase(current, passphrase),
      ),
      'system:decrypt': asyncHandler(async ({ passphrase }: { passphrase: string }) => ctx.lifecycle.encryption.decrypt(passphrase)),
    },
  };
}
