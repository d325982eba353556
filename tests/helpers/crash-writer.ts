/**
 * Child process for the crash test: writes through the real dispatcher into a
 * file database and reports each acknowledged write on stdout (synchronous on
 * Linux pipes), until it is killed. A refused write prints `refused <channel> <error>`.
 *   tsx tests/helpers/crash-writer.ts <dataDir> <prefix>
 */
import { createWorkbench } from '../../electron/main/app';
import { awaitKill, parentGone } from './child-of-test';

const [dataDir, prefix] = process.argv.slice(2) as [string, string];
const app = createWorkbench({ dataDir, transport: 'web', log: () => undefined });
const member = (name: string) => ({
  name, preferredName: '', jobTitle: 'Library Assistant', grade: 'Band 3', team: 'Central Library', fte: 1,
  startDate: '2025-01-06', lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes: 'x'.repeat(200),
});

/** A write refused on its own fails the test (the parent reads this line): only the kill may stop a write. */
function refused(channel: string, error: unknown) {
  process.stdout.write(`refused ${channel} ${JSON.stringify(error)}\n`);
  awaitKill();
}

/** A five-row import: all rows or none. Acknowledged with `batch <name>`. */
async function importBatch(batch: string): Promise<boolean> {
  const rows = Array.from({ length: 5 }, (_, k) => `${batch}-${k},Library Assistant,Central Library`);
  const result = await app.dispatch('team:importCommit', { fileName: 'b.csv', format: 'csv', content: ['Name,Job title,Team', ...rows].join('\n') });
  if (!result.ok) {
    refused('team:importCommit', result.error);
    return false;
  }
  process.stdout.write(`batch ${batch}\n`);
  return true;
}

async function main() {
  // The first import starts the import worker (a thread, a few hundred ms on a busy machine); done before `ready`
  // so that the kills, which land within ~half a second of it, fall among imports and single writes alike.
  if (!(await importBatch(`${prefix}-batchw`))) return;
  process.stdout.write('ready\n');
  for (let i = 0; ; i += 1) {
    if (parentGone()) process.exit(0);
    if (i % 5 === 4) {
      if (!(await importBatch(`${prefix}-batch${i}`))) return;
    } else {
      const name = `${prefix}-${i}`;
      const result = await app.dispatch('team:create', member(name));
      if (!result.ok) return refused('team:create', result.error);
      process.stdout.write(`ack ${name}\n`);
    }
  }
}
void main();
