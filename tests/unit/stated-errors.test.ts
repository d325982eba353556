import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/** `new AppError(code, 'message' | `message`, …)`: the message a service states in its own words. */
const STATED = /new AppError\(\s*(?:'[A-Z_]+'|[^,()]+?),\s*([`'"])((?:\\.|(?!\1)[\s\S])*?)\1/g;

/**
 * A stated message that opens with an internal name ("dueOn must be …", "memberId: Ada has left",
 * "${field} cannot be …") or in lower case is not a sentence a manager can read; the main process
 * used to split such a prefix off (`statedError`), which is gone. A rule about a field passes a key
 * (`AppError.of`) or its predicate (`AppError.rule(code, field, 'cannot be …')`) instead.
 */
function statedOffenders(files: string[]): string[] {
  return files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(STATED)]
      .filter((m) => /^[a-z]/.test(m[2] ?? '') || /^\$\{(?:field)\b/.test(m[2] ?? ''))
      .map((m) => `${file}:${text.slice(0, m.index).split('\n').length}: ${(m[2] ?? '').slice(0, 60)}`);
  });
}

describe('a stated error is a whole sentence in words', () => {
  it('no AppError in the main process or shared code states a message that starts with an internal field name', () => {
    const sources = [...walk('electron'), ...walk('shared')].filter((f) => /\.ts$/.test(f));
    expect(statedOffenders(sources)).toEqual([]);
  });

  it('the scan finds the kinds of message it is meant to refuse', () => {
    const probe = path.join(fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'stated-scan-')), 'probe.ts');
    fs.writeFileSync(
      probe,
      [
        "throw new AppError('VALIDATION', 'leftOn cannot be before the start date', 'leftOn');",
        'throw new AppError(\n  "VALIDATION",\n  `${field} must be within the next two years`,\n  field,\n);',
        "throw new AppError('VALIDATION', `memberId: ${m.name} has left the team`, 'memberId');",
        "throw new AppError('CONFLICT', 'This review is signed off and read-only.', 'reviewId');",
        "throw new AppError('CONFLICT', `${current.name} is already archived as a leaver.`, 'id');",
        "throw AppError.rule('VALIDATION', 'leftOn', 'cannot be before the start date');",
      ].join('\n'),
    );
    expect(statedOffenders([probe]).map((l) => l.split(': ').slice(1).join(': '))).toEqual([
      'leftOn cannot be before the start date',
      '${field} must be within the next two years',
      'memberId: ${m.name} has left the team',
    ]);
  });
});
