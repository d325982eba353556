import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppErrorData } from '../../shared/error-words';
import { appErrorDataSchema, ERROR_CODES, ERROR_KEYS } from '../../shared/errors';

const ROOT = path.resolve(__dirname, '../..');

/** Every file the renderer's entry reaches through static imports (`lazy(() => import(...))` is not followed). */
function staticGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(path.relative(ROOT, file));
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
      const spec = m[1] ?? m[2] ?? '';
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
      if (found && /\.tsx?$/.test(found)) visit(found);
    }
  };
  visit(path.join(ROOT, entry));
  return { files, packages };
}

describe('the renderer’s initial route', () => {
  it('loads neither zod nor the form libraries: they come with the pages that use them', () => {
    // zod (about 95 KB minified) reached the first screen through the error wording module
    // (shared/errors.ts); the renderer now words errors with shared/error-words.ts. docs/performance.md.
    const { files, packages } = staticGraph('renderer/src/main.tsx');
    expect(files).toContain('renderer/src/app.tsx');
    expect(files).toContain('shared/error-words.ts');
    expect([...packages].filter((p) => ['zod', 'react-hook-form', '@hookform/resolvers', 'recharts'].includes(p))).toEqual([]);
  });

  it('reads transported errors with the same test as the contract’s error schema', () => {
    const param = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const candidate = fc.record(
      {
        code: fc.oneof(fc.constantFrom(...ERROR_CODES), fc.string(), fc.integer()),
        key: fc.oneof(fc.constantFrom(...ERROR_KEYS), fc.string()),
        params: fc.oneof(fc.dictionary(fc.string(), param, { maxKeys: 3 }), fc.constant(undefined), fc.constant(null), fc.array(fc.string()), fc.string()),
        field: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
        message: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
        extra: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(candidate, fc.anything()), (value) => {
        expect(isAppErrorData(value)).toBe(appErrorDataSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });
});
