import fs from 'node:fs';

/** Flags that let Debian's Chromium run headless as root on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // UK date inputs (dd/mm/yyyy), as the manager's machine would show them.
  '--lang=en-GB',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((c) => fs.existsSync(c)) ?? '/usr/bin/chromium';
}
