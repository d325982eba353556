#!/usr/bin/env node
// Builds better-sqlite3, and better-sqlite3-multiple-ciphers (the driver of an encrypted store),
// for the installed Electron's ABI into native/electron-<version>/, leaving node_modules (the
// Node builds `npm test` uses) untouched.
// Needs internet access to Electron's headers or prebuilt binaries (not available on CI here).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const electronVersion = require('electron/package.json').version;
const target = path.join(root, 'native', `electron-${electronVersion}`);
const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' };

/** The file names electron/main/desktop/native-binding.ts looks for. */
const DRIVERS = [
  ['better-sqlite3', 'better_sqlite3.node'],
  ['better-sqlite3-multiple-ciphers', 'better_sqlite3_multiple_ciphers.node'],
];

function build(name, fileName) {
  const source = path.dirname(require.resolve(`${name}/package.json`));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-sqlite-'));
  const pkg = path.join(work, name);
  fs.cpSync(source, pkg, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
  try {
    execFileSync('npx', ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion], { cwd: pkg, stdio: 'inherit', env });
  } catch {
    console.log(`No prebuilt ${name}; compiling against Electron headers…`);
    execFileSync('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], {
      cwd: pkg,
      stdio: 'inherit',
      env,
    });
  }
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), path.join(target, fileName));
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`Electron build of ${name} written to ${path.relative(root, target)}/${fileName}`);
}

for (const [name, fileName] of DRIVERS) build(name, fileName);
