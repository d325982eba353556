#!/usr/bin/env node
// `npm start`: builds the app and opens the desktop window. Electron's binary and an
// Electron build of better-sqlite3 are needed; when either is missing this says
// exactly what, and how to use `npm run start:web` instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH || process.env.ELECTRON_EXEC_PATH) {
    const p = process.env.ELECTRON_EXEC_PATH ?? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return fs.existsSync(p) ? p : null;
  }
  try {
    const p = require('electron');
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    'Staff Development Workbench cannot open its desktop window here: the Electron binary is not installed ' +
      '(node_modules/electron has no dist/ folder, because the download from the Electron release site failed or was skipped ' +
      'with ELECTRON_SKIP_BINARY_DOWNLOAD). Everything else is ready. Run `npm run start:web` to use the same app in your ' +
      'browser at a private 127.0.0.1 address, or, on a machine with internet access, reinstall Electron ' +
      '(`rm -rf node_modules/electron && npm install electron`) or point ELECTRON_OVERRIDE_DIST_PATH at an Electron you already have, then run `npm start` again.',
  );
  process.exit(3);
}

const electronVersion = require('electron/package.json').version;
const binding = path.join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
if (!fs.existsSync(binding) && !process.env.WORKBENCH_SQLITE_BINDING) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (kept apart from the Node build the tests use)…`);
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-electron-sqlite.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('Could not build better-sqlite3 for Electron (see above). `npm run start:web` works without it.');
    process.exit(4);
  }
}

const build = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(binary, [root], { stdio: 'inherit', cwd: root });
child.on('exit', (code) => process.exit(code ?? 0));
