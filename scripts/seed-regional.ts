/**
 * npm run seed:regional -- --out <file> [--members 2000] [--service-points 40] [--assessments 10] [--cpd 12] [--months 24] [--force]
 *
 * Builds a regional-scale database (default: 2,000 members, 40 service points,
 * 120 skills, 10 assessments each ≈ 2.4 M ratings) through the service layer.
 * Open it with `node out/main/web.js --data-dir <folder>` after naming the file
 * workbench.sqlite in that folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planCounts } from '../electron/main/sample/regional';
import { buildRegionalDb, parseFlags, sizeFlags } from './bench/regional-db';

function main() {
  const flags = parseFlags(process.argv.slice(2));
  const out = flags.get('out');
  if (!out || out === 'true') {
    console.error('Usage: npm run seed:regional -- --out <file> [--members N] [--service-points N] [--assessments N] [--cpd N] [--months N] [--force]');
    process.exit(2);
  }
  const file = path.resolve(out);
  if (fs.existsSync(file)) {
    if (flags.get('force') !== 'true') {
      console.error(`${file} already exists; pass --force to replace it.`);
      process.exit(2);
    }
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const started = performance.now();
  const built = buildRegionalDb(file, sizeFlags(flags));
  built.app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  built.app.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(JSON.stringify({ file, seconds: Number(seconds), rows: { ...planCounts(built.plan), agreements: built.agreements }, phasesMs: built.load.phases }, null, 2));
}

main();
