#!/usr/bin/env node
// Builds better-sqlite3 for the installed Electron's ABI into native/electron-<version>/,
// leaving node_modules/better-sqlite3 (the Node build `npm test` uses) untouched.
// Needs internet access to Electron's headers or prebuilt binaries (not available on CI here).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const electronVersion = require('electron/package.json').version;
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-sqlite-'));
const target = path.join(root, 'native', `electron-${electronVersion}`);

fs.cpSync(source, path.join(work, 'better-sqlite3'), { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
const pkg = path.join(work, 'better-sqlite3');
const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' };
try {
  execFileSync('npx', ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion], { cwd: pkg, stdio: 'inherit', env });
} catch {
  console.log('No prebuilt binary; compiling against Electron headers…');
  execFileSync('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], {
    cwd: pkg,
    stdio: 'inherit',
    env,
  });
}
fs.mkdirSync(target, { recursive: true });
fs.copyFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), path.join(target, 'better_sqlite3.node'));
fs.rmSync(work, { recursive: true, force: true });
console.log(`Electron build of better-sqlite3 written to ${path.relative(root, target)}/better_sqlite3.node`);
