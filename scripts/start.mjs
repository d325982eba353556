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

/**
 * Electron's own download script is not run by `npm ci` (package.json denies it in allowScripts,
 * so installs never fail on machines that cannot reach Electron's release site). Try it now.
 */
function tryDownloadElectron() {
  const script = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(script)) return;
  console.log('Fetching the Electron binary (one time)…');
  const result = spawnSync(process.execPath, [script], { stdio: ['ignore', 'inherit', 'pipe'], cwd: path.dirname(script), timeout: 300_000 });
  const reason = String(result.stderr ?? '').split('\n').find((l) => /Error/.test(l));
  if (result.status !== 0) console.log(`Could not fetch it${reason ? ` (${reason.trim()})` : ''}.\n`);
}

let binary = electronBinary();
if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  tryDownloadElectron();
  binary = electronBinary();
}
if (!binary) {
  console.error(
    'Staff Development Workbench cannot open its desktop window here: the Electron binary is not installed ' +
      '(node_modules/electron has no dist/ folder: the download from the Electron release site failed or was skipped). ' +
      'Everything else is ready. Run `npm run start:web` to use the same app in your browser at a private 127.0.0.1 address. ' +
      'For the desktop window, run `npm start` again on a connection that reaches the Electron release site, or point ' +
      'ELECTRON_OVERRIDE_DIST_PATH at an Electron you already have.',
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
