/**
 * Child process for tests/db/crash-operations.test.ts: starts the workbench through
 * the real start-up path (which migrates an older store and finishes a pending
 * erasure), unlocks it, then runs ONE multi-step operation with acknowledged writes
 * around it, reporting each step on stdout (synchronous on Linux pipes) so the
 * parent knows what was acknowledged when it SIGKILLs this process.
 *   node child.cjs <dataDir> <op> <passphrase|-> <next|-> <clock> <tag>
 * Lines: `spawned` · `ready` · `ack write <name>` · `ack backup <fileName>` ·
 * `begin <op>` · `ack <op>` · `error <text>` (a refusal the test counts as a failure).
 */
import { fixedClock } from '../../electron/main/context';
import { startWorkbench } from '../../electron/main/startup';
import { awaitKill } from './child-of-test';

const [dataDir, op, passphrase, next, clock, tag] = process.argv.slice(2) as [string, string, string, string, string, string];
const say = (line: string) => process.stdout.write(`${line}\n`);
say('spawned');

type Reply = { ok: boolean; value?: unknown; error?: unknown };
type Dispatch = (channel: string, input: unknown) => Promise<Reply>;

const member = (name: string, notes = '') => ({
  name, preferredName: '', jobTitle: 'Library Assistant', grade: 'Band 3', team: 'Central Library', fte: 1,
  startDate: '2025-01-06', lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes,
});

async function must<T>(p: Promise<Reply>, what: string): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function write(dispatch: Dispatch, name: string, notes = ''): Promise<{ id: number; name: string }> {
  const created = await must<{ id: number; name: string }>(dispatch('team:create', member(name, notes)), `write ${name}`);
  say(`ack write ${name}`);
  return created;
}

async function backup(dispatch: Dispatch): Promise<string> {
  const { fileName } = await must<{ fileName: string }>(dispatch('system:backupNow', {}), 'backup');
  say(`ack backup ${fileName}`);
  return fileName;
}

/** One operation, with a write acknowledged before it (and after it, where the operation leaves a live store). */
async function run(dispatch: Dispatch) {
  if (op === 'encrypt' || op === 'rekey' || op === 'decrypt') {
    await write(dispatch, `${tag} before ${op}`);
    say(`begin ${op}`);
    if (op === 'encrypt') await must(dispatch('system:encrypt', { passphrase: next, confirm: next }), op);
    else if (op === 'rekey') await must(dispatch('system:changePassphrase', { current: passphrase, passphrase: next, confirm: next }), op);
    else await must(dispatch('system:decrypt', { passphrase }), op);
    say(`ack ${op}`);
    await write(dispatch, `${tag} after ${op}`);
  } else if (op === 'restore') {
    // X is in the backup; Y is written after it, so an acknowledged restore must have dropped Y.
    await write(dispatch, `${tag} in backup`);
    const fileName = await backup(dispatch);
    await write(dispatch, `${tag} after backup`);
    say('begin restore');
    await must(dispatch('system:restoreBackup', { fileName }), op);
    say('ack restore');
    await write(dispatch, `${tag} after restore`);
  } else if (op === 'backup') {
    // More backups than are kept, so rotation removes old ones while the kill may land.
    for (let i = 0; i < 10; i += 1) {
      await write(dispatch, `${tag} write ${i}`);
      say('begin backup');
      await backup(dispatch);
    }
  } else if (op === 'erase') {
    // The person is in the live store, a backup and the WAL; a colleague's note mentions them.
    const person = await write(dispatch, `${tag} Erasable Siân ap Dŵr`, 'Welsh-language storytimes on Saturdays.');
    await write(dispatch, `${tag} colleague`, `Covers the issue desk with ${tag} Erasable Siân ap Dŵr.`);
    await backup(dispatch);
    const { mentions } = await must<{ mentions: { ref: unknown }[] }>(dispatch('privacy:mentions', { id: person.id }), 'mentions');
    say('begin erase');
    const result = await must<{ complete: boolean }>(
      dispatch('privacy:erase', { memberId: person.id, confirmName: person.name, mentions: mentions.map((m) => ({ ref: m.ref, action: 'redact' })) }),
      op,
    );
    if (!result.complete) throw new Error('erase answered incomplete');
    say('ack erase');
    await write(dispatch, `${tag} after erase`);
  } else if (op === 'import') {
    await write(dispatch, `${tag} before import`);
    const rows = Array.from({ length: Number(next) }, (_, k) => `${tag} imported ${k},Library Assistant,Central Library,Band ${1 + (k % 7)}`);
    say('begin import');
    const result = await must<{ added: number }>(
      dispatch('team:importCommit', { fileName: 'team.csv', format: 'csv', content: ['Name,Job title,Team,Grade', ...rows].join('\n') }),
      op,
    );
    if (result.added !== rows.length) throw new Error(`import added ${result.added} of ${rows.length}`);
    say('ack import');
    await write(dispatch, `${tag} after import`);
  } else if (op === 'migrate') {
    // The migration ran inside start-up; a write after it shows the migrated store takes writes.
    say('ack migrate');
    await write(dispatch, `${tag} after migration`);
  } else throw new Error(`unknown operation ${op}`);
}

async function main() {
  const started = startWorkbench({ dataDir, transport: 'web', clock: fixedClock(clock), log: (e) => process.stderr.write(`log: ${e instanceof Error ? e.stack : String(e)}\n`) });
  if (!started.ok) throw new Error(started.message);
  const { app } = started;
  await started.startupBackup;
  if (app.isLocked()) await must(app.dispatch('system:unlock', { passphrase }), 'locked out');
  say('ready');
  await run(app.dispatch as Dispatch);
  say('done');
  awaitKill();
}

main().catch((error: unknown) => {
  say(`error ${error instanceof Error ? error.message : String(error)}`);
  awaitKill();
});
