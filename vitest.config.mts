import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Node tests never load the real Electron package (its binary is not on every machine).
const here = dirname(fileURLToPath(import.meta.url));
const electronMock = resolve(here, 'tests/helpers/electron-mock.ts');

export default defineConfig({
  resolve: { alias: { electron: electronMock } },
  test: {
    projects: [
      {
        resolve: { alias: { electron: electronMock } },
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        resolve: { alias: { electron: electronMock } },
        test: { name: 'db', environment: 'node', include: ['tests/db/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.tsx'],
          setupFiles: ['tests/renderer/setup.ts'],
          // userEvent-driven tests are slow on a busy 2-core machine; this is a hang guard, not a speed target.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
