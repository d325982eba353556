/**
 * Child process for the store crash test: starts the workbench as the app does,
 * unlocks it, runs ONE whole-store operation and reports it on stdout, then
 * idles until it is killed.
 *   node crash-child.cjs <dataDir> <op> <passphrase|-> <next|-> <clock>
 * op: encrypt | decrypt | rekey | restore | backup
 */
import { fixedClock } from '../../../electron/main/context';
import { startWorkbench } from '../../../electron/main/startup';

const [dataDir, op, passphrase, next, clock] = process.argv.slice(2) as [string, string, string, string, string];

async function main() {
  const started = startWorkbench({ dataDir, transport: 'web', clock: fixedClock(clock), log: () => undefined });
  if (!started.ok) throw new Error(started.message);
  const { app } = started;
  await started.startupBackup;
  if (app.isLocked()) {
    const unlocked = await app.dispatch('system:unlock', { passphrase });
    if (!unlocked.ok) throw new Error(`locked out: ${JSON.stringify(unlocked.error)}`);
  }
  process.stdout.write('ready\n');
  let result;
  if (op === 'encrypt') result = await app.dispatch('system:encrypt', { passphrase: next, confirm: next });
  else if (op === 'decrypt') result = await app.dispatch('system:decrypt', { passphrase });
  else if (op === 'rekey') result = await app.dispatch('system:changePassphrase', { current: passphrase, passphrase: next, confirm: next });
  else if (op === 'restore') {
    const backups = await app.dispatch('system:listBackups', {});
    const list = backups.ok ? (backups.value as { fileName: string; memberCount: number | null }[]) : [];
    const good = list.find((b) => (b.memberCount ?? 0) > 0);
    result = good ? await app.dispatch('system:restoreBackup', { fileName: good.fileName }) : { ok: false, error: 'no backup' };
  } else result = await app.dispatch('system:backupNow', {});
  process.stdout.write(result.ok ? 'ack\n' : `failed ${JSON.stringify(result.error)}\n`);
  setInterval(() => undefined, 1000);
}
main().catch((error: unknown) => {
  process.stdout.write(`error ${String(error)}\n`);
  setInterval(() => undefined, 1000);
});
