import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface BundleResult {
  /** index.html's entry script, its modulepreload links and its stylesheets. */
  initial: { file: string; bytes: number; gzipBytes: number }[];
  initialGzipKb: number;
  /** The initial route's JavaScript as the desktop app reads it from disk: uncompressed. */
  initialJsKb: number;
  allJsCssGzipKb: number;
  lazyChunks: number;
  /** The largest lazy chunk (e.g. the charts), uncompressed. */
  largestLazyChunk: { file: string; kb: number } | null;
}

export interface PreloadResult {
  kb: number;
  /** Contract channels missing from the built preload's allow-list (must be none). */
  missingChannels: string[];
}

/** The built preload (out/preload/index.js): its size, and that its allow-list names every contract channel. */
export function measurePreload(file: string, channels: readonly string[]): PreloadResult {
  const text = fs.readFileSync(file, 'utf8');
  return { kb: Buffer.byteLength(text) / 1024, missingChannels: channels.filter((c) => !text.includes(c)) };
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Sizes of the built renderer (out/renderer): what the first screen must download, gzip-compressed. */
export function measureBundle(rendererDir: string): BundleResult {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const refs = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ].filter((r): r is string => Boolean(r));
  const initial = [...new Set(refs)].map((ref) => {
    const file = path.join(rendererDir, ref);
    return { file: ref, bytes: fs.statSync(file).size, gzipBytes: gzipSize(file) };
  });
  const assets = path.join(rendererDir, 'assets');
  const all = fs.readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  const initialNames = new Set(initial.map((i) => path.basename(i.file)));
  const lazy = all
    .filter((f) => f.endsWith('.js') && !initialNames.has(f))
    .map((f) => ({ file: f, kb: fs.statSync(path.join(assets, f)).size / 1024 }))
    .sort((a, b) => b.kb - a.kb);
  return {
    initial,
    initialGzipKb: initial.reduce((n, i) => n + i.gzipBytes, 0) / 1024,
    initialJsKb: initial.filter((i) => i.file.endsWith('.js')).reduce((n, i) => n + i.bytes, 0) / 1024,
    largestLazyChunk: lazy[0] ? { file: lazy[0].file, kb: Math.round(lazy[0].kb) } : null,
    allJsCssGzipKb: all.reduce((n, f) => n + gzipSize(path.join(assets, f)), 0) / 1024,
    lazyChunks: all.filter((f) => f.endsWith('.js') && !initialNames.has(f)).length,
  };
}
