#!/usr/bin/env node
// Makes sure the browser the end-to-end tests drive (Debian's Chromium) and the PDF
// rasteriser the export tests use (poppler's pdftoppm) are present. Installs them
// with apt when running as root; otherwise stops with the one command to run.
// It never downloads a browser build of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const missing = [];
if (!chromium) missing.push('chromium');
if (!has('pdftoppm')) missing.push('poppler-utils');
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && has('apt-get')) {
  console.log(`Installing ${missing.join(' and ')} from Debian's packages (needed by the browser and export tests)…`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.exit(0);
}
console.error(
  `The tests need ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
    `Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n\n` +
    'then run `npm test` again. (Set CHROMIUM_PATH if your Chromium lives elsewhere.)',
);
process.exit(1);
