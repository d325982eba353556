import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Node tests never load the real Electron package (its binary is not on every machine).
const here = dirname(fileURLToPath(import.meta.url));
const electronMock = resolve(here, 'tests/helpers/electron-mock.ts');
// WORKBENCH_FAKE_NOW moves every project's clock (see the file); a no-op when unset.
const fakeNow = resolve(here, 'tests/helpers/fake-now.ts');

export default defineConfig({
  resolve: { alias: { electron: electronMock } },
  test: {
    projects: [
      {
        resolve: { alias: { electron: electronMock } },
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: [fakeNow], testTimeout: 30_000 },
      },
      {
        resolve: { alias: { electron: electronMock } },
        test: { name: 'db', environment: 'node', include: ['tests/db/**/*.test.ts'], setupFiles: [fakeNow], testTimeout: 60_000 },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.tsx'],
          setupFiles: [fakeNow, 'tests/renderer/setup.ts'],
          // userEvent-driven tests are slow on a busy 2-core machine; this is a hang guard, not a speed target.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
