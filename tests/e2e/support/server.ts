import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface RunningServer {
  /**
   * `/auth?token=…`: a page that opens it is signed in the way a manager's browser is (the token moves into
   * the tab's sessionStorage and travels as the x-workbench-token header; there is no cookie). Direct calls
   * from a test send that header themselves with `token`.
   */
  loginUrl: string;
  origin: string;
  token: string;
  stop: () => Promise<void>;
}

const WEB_ENTRY = path.resolve(__dirname, '../../../out/main/web.js');

/** Starts the built web bridge (`out/main/web.js`) on a random port over `dataDir`. */
export function startServer(dataDir: string, clock?: string, checkOutputs = true): Promise<RunningServer> {
  const args = [WEB_ENTRY, '--data-dir', dataDir, '--port', '0', '--no-open'];
  if (clock) args.push('--clock', clock);
  // End-to-end runs check every result against the contract, as unit and db tests do; `checkOutputs: false`
  // runs the shipped configuration (the variable unset), so undeclared fields reach the renderer as in the app.
  const { WORKBENCH_CHECK_OUTPUTS: _inherited, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: checkOutputs ? { ...env, WORKBENCH_CHECK_OUTPUTS: '1' } : env });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web bridge did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/auth\?token=(\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const [loginUrl, origin, token] = [match[0], match[1] as string, match[2] as string];
      resolve({
        loginUrl,
        origin,
        token,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web bridge exited with ${code}:\n${output}`));
    });
  });
}
