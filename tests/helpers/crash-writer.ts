/**
 * Child process for the crash test: writes through the real dispatcher into a
 * file database and reports each acknowledged write on stdout (synchronous on
 * Linux pipes), until it is killed.
 *   tsx tests/helpers/crash-writer.ts <dataDir> <prefix>
 */
import { createWorkbench } from '../../electron/main/app';

const [dataDir, prefix] = process.argv.slice(2) as [string, string];
const app = createWorkbench({ dataDir, transport: 'web', log: () => undefined });
const member = (name: string) => ({
  name, preferredName: '', jobTitle: 'Library Assistant', grade: 'Band 3', team: 'Central Library', fte: 1,
  startDate: '2025-01-06', lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes: 'x'.repeat(200),
});

async function main() {
  process.stdout.write('ready\n');
  for (let i = 0; ; i += 1) {
    if (i % 5 === 4) {
      // A five-row import: all rows or none.
      const rows = Array.from({ length: 5 }, (_, k) => `${prefix}-batch${i}-${k},Library Assistant,Central Library`);
      const result = await app.dispatch('team:importCommit', { fileName: 'b.csv', format: 'csv', content: ['Name,Job title,Team', ...rows].join('\n') });
      if (result.ok) process.stdout.write(`batch ${prefix}-batch${i}\n`);
    } else {
      const name = `${prefix}-${i}`;
      const result = await app.dispatch('team:create', member(name));
      if (result.ok) process.stdout.write(`ack ${name}\n`);
    }
  }
}
void main();
