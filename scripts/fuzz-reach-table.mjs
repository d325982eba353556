#!/usr/bin/env node
// Turns the fuzz test's reach report (WORKBENCH_FUZZ_REPORT=file) into the Markdown table in docs/fuzz-reach.md:
//   WORKBENCH_FUZZ_RUNS=1000 WORKBENCH_FUZZ_REPORT=/tmp/reach.json npx vitest run tests/db/fuzz.test.ts
//   node scripts/fuzz-reach-table.mjs /tmp/reach.json > docs/fuzz-reach.md
import fs from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/fuzz-reach-table.mjs REPORT.json');
  process.exit(2);
}
const { runsPerChannel, heavyRunsPerChannel, channels } = JSON.parse(fs.readFileSync(file, 'utf8'));
const pct = (n, d) => `${Math.round((100 * n) / d)}%`;
const sum = (k, list = channels) => list.reduce((a, c) => a + c[k], 0);
const commands = channels.filter((c) => c.kind === 'command');
const minReach = Math.min(...commands.map((c) => c.reached / c.inputs));

const lines = [
  '# Fuzz reach per channel',
  '',
  'Produced by `tests/db/fuzz.test.ts` (see [reliability.md](reliability.md#every-bad-input-answered)) with',
  `\`WORKBENCH_FUZZ_RUNS=${runsPerChannel}\` and the report turned into this table by \`scripts/fuzz-reach-table.mjs\`.`,
  `Every channel got ${runsPerChannel} inputs, except the ${channels.filter((c) => c.heavy).length} marked *heavy* (they render a document, parse a file`,
  `or rewrite the database file), which got ${heavyRunsPerChannel}. Four in five inputs are built from the channel's zod schema, one in five is malformed.`,
  '',
  '- **reached**: the input passed validation, so the handler ran (the test fails if a command is under 50%);',
  '- **accepted**: the handler answered with a result (the rest were refused with a typed error, e.g. an id that does not',
  '  exist or a rule of the domain). A command with 0% accepted had its success path exercised by its own tests, not here.',
  '',
  `Totals: ${channels.length} channels (${commands.length} commands), ${sum('inputs').toLocaleString('en-GB')} calls, ${pct(sum('reached'), sum('inputs'))} reached a handler,`,
  `${pct(sum('accepted'), sum('inputs'))} accepted; lowest command reach ${pct(minReach * 1000, 1000)}.`,
  '',
  '| channel | kind | inputs | reached | accepted |',
  '| --- | --- | ---: | ---: | ---: |',
  ...channels.map((c) => `| \`${c.channel}\`${c.heavy ? ' (heavy)' : ''} | ${c.kind} | ${c.inputs} | ${pct(c.reached, c.inputs)} | ${pct(c.accepted, c.inputs)} |`),
  '',
];
process.stdout.write(lines.join('\n'));
