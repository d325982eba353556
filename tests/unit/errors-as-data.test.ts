import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const sources = walk('renderer/src').filter((f) => /\.tsx?$/.test(f));

/** Lines of the renderer that match `pattern`, as `file:line: text`. */
const linesMatching = (pattern: RegExp, files = sources) =>
  files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );

// An error's text read back: `error.message.replace(…)`, `/…/.test(e.message)`, `err.message.startsWith(…)`.
const ERROR_TEXT = String.raw`\b(?:error|err|e|\w+\.error|\w+Error)\.message\b`;
const TEXT_OPS = String.raw`\.(?:match|matchAll|test|exec|replace|replaceAll|startsWith|endsWith|split|slice|search|includes|indexOf)\(`;

describe('errors are data: the renderer words them and never reads their text back', () => {
  it('no code in the renderer takes an error message apart (match, test, replace, startsWith, slice …)', () => {
    const offenders = linesMatching(new RegExp(`${ERROR_TEXT}\\s*${TEXT_OPS}|${TEXT_OPS}[^)]*${ERROR_TEXT}`));
    expect(offenders).toEqual([]);
  });

  it('the scan finds the kinds of code it is meant to refuse', () => {
    const probe = path.join(fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'errors-scan-')), 'probe.tsx');
    fs.writeFileSync(
      probe,
      [
        "const a = error.message.replace(/^\\w+\\s/, '');",
        'const b = /is required/.test(e.message);',
        "const c = mutation.error.message.startsWith('must ');",
        'const d = wordError(error.data, label);',
      ].join('\n'),
    );
    const found = linesMatching(new RegExp(`${ERROR_TEXT}\\s*${TEXT_OPS}|${TEXT_OPS}[^)]*${ERROR_TEXT}`), [probe]);
    expect(found.map((l) => l.split(': ').pop())).toEqual([
      "const a = error.message.replace(/^\\w+\\s/, '');",
      'const b = /is required/.test(e.message);',
      "const c = mutation.error.message.startsWith('must ');",
    ]);
  });

  it('forms use the resolver that keeps errors as data, and no predicate list is left to re-parse messages', () => {
    expect(linesMatching(/@hookform\/resolvers/).filter((l) => !l.startsWith(path.join('renderer/src/components/form-resolver.ts')))).toEqual([]);
    expect(linesMatching(/PREDICATES|fieldMessage|serverMessage/)).toEqual([]);
  });
});
