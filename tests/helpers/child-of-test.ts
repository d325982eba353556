/**
 * For a kill-test child process: it waits to be killed, and if the test process is gone instead (it timed
 * out or was stopped) it leaves rather than run on as an orphan.
 */
const parent = process.ppid;

export const parentGone = () => {
  try {
    process.kill(parent, 0);
    return false;
  } catch {
    return true;
  }
};

export const awaitKill = () => setInterval(() => parentGone() && process.exit(0), 1000);
