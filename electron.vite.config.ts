import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { PluginOption } from 'vite';
import { CHANNELS } from './shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from './shared/security';

/** The CSP goes into the built page only: the dev server's hot reload needs an inline script. */
const cspMeta = (): PluginOption => ({
  name: 'workbench-csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
});

/**
 * The preload needs only the contract's channel names (its allow-list). Importing the contract would
 * bundle zod and every schema (244 KB); this swaps electron/preload/allow-list.ts for the list itself,
 * read from the contract when the build starts. Same names, same Set, so the same allow-list.
 */
const ALLOW_LIST = resolve(__dirname, 'electron/preload/allow-list.ts');
const preloadAllowList = (): PluginOption => ({
  name: 'workbench-preload-allow-list',
  enforce: 'pre',
  load: (id) => (resolve(id.split('?')[0] ?? id) === ALLOW_LIST ? `export const CHANNELS = ${JSON.stringify(CHANNELS)};\n` : null),
});

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          web: resolve(__dirname, 'electron/main/web.ts'),
          // Import parsing runs in a worker thread (lib/parse-off-thread.ts looks for this file beside the bundle).
          'import-worker': resolve(__dirname, 'electron/main/lib/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle zod in, emit CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
      minify: true,
    },
    plugins: [preloadAllowList()],
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // The desktop app reads these files from disk uncompressed: ship them minified.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
    plugins: [react(), cspMeta()],
  },
});
