/**
 * `npm run start:web`: the same app without Electron. Serves the built renderer
 * and the handler table on 127.0.0.1 and prints (and opens) the address.
 *
 *   node out/main/web.js [--data-dir DIR] [--port N] [--clock ISO] [--no-open]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBridge } from './bridge/server';
import { fixedClock } from './context';
import { defaultDataDir } from './data-dir';
import { startWorkbench } from './startup';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    clock: { type: 'string' },
    'no-open': { type: 'boolean', default: false },
  },
});

function openInBrowser(url: string) {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

async function main() {
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const started = startWorkbench({
    dataDir,
    transport: 'web',
    clock: values.clock ? fixedClock(values.clock) : undefined,
    checkOutputs: process.env.WORKBENCH_CHECK_OUTPUTS === '1',
  });
  if (!started.ok) {
    console.error(started.message);
    process.exit(2);
  }
  const { app } = started;
  const bridge = await startBridge({
    app,
    staticDir: path.join(__dirname, '../renderer'),
    port: values.port ? Number(values.port) : 0,
  });
  console.log(`Staff Development Workbench is running in your browser at:\n  ${bridge.loginUrl}\nData folder: ${dataDir}\nPress Ctrl+C to stop.`);
  const headless = values['no-open'] || process.env.CI || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  if (!headless) openInBrowser(bridge.loginUrl);
  const stop = async () => {
    await bridge.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
