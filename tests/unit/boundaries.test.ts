import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const problems = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]?.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message) ?? [];

describe('process boundaries are enforced by lint', () => {
  it('the renderer cannot import Electron, Node built-ins, the database or main-process code', async () => {
    const found = await problems(
      'renderer/src/probe.ts',
      "import { ipcRenderer } from 'electron';\nimport fs from 'node:fs';\nimport path from 'path';\nimport Database from 'better-sqlite3';\nimport { openDatabase } from '../../electron/main/db/open';\nexport const x = [ipcRenderer, fs, path, Database, openDatabase];\n",
    );
    expect(found).toHaveLength(5);
  });

  it('shared code may import zod and its own files only', async () => {
    expect(await problems('shared/probe.ts', "import { z } from 'zod';\nimport { isIsoDate } from './dates';\nexport const x = [z, isIsoDate];\n")).toEqual([]);
    const found = await problems('shared/probe.ts', "import fs from 'node:fs';\nimport React from 'react';\nimport { x as y } from '../electron/main/app';\nexport const x = [fs, React, y];\n");
    expect(found).toHaveLength(3);
  });

  it('the renderer may import shared code and React', async () => {
    expect(await problems('renderer/src/probe.ts', "import { useState } from 'react';\nimport { isIsoDate } from '../../shared/dates';\nexport const x = [useState, isIsoDate];\n")).toEqual([]);
  });
});

describe('only repository files hold SQL', () => {
  it('no file under electron/main prepares or executes SQL except repo files and the db layer', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const isRepo = (f: string) => /(^|-)repo\.ts$/.test(path.basename(f)) || f.includes(`${path.sep}db${path.sep}`);
    const offenders = walk('electron/main')
      .filter((f) => f.endsWith('.ts') && !isRepo(f))
      .filter((f) => /\.prepare\s*[<(]|\.exec\s*\(\s*[`'"]/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('no code under test reads the real clock', () => {
  const clockProblems = async (filePath: string, code: string) =>
    (await eslint.lintText(code, { filePath }))[0]?.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message) ?? [];
  const readsClock = 'export const a = new Date();\nexport const b = Date.now();\n';

  it('the renderer, shared rules, domain services and tests are refused new Date() and Date.now()', async () => {
    for (const file of ['renderer/src/probe.ts', 'shared/probe.ts', 'electron/main/domains/team/probe.ts', 'tests/db/probe.test.ts']) {
      expect(await clockProblems(file, readsClock), file).toHaveLength(2);
    }
  });

  it('dates built from a value are fine', async () => {
    expect(await clockProblems('renderer/src/probe.ts', "export const a = new Date('2026-11-23T10:00:00Z');\nexport const b = Date.parse('2026-11-23');\n")).toEqual([]);
  });
});

describe('dynamic import() is held to the same boundaries', () => {
  const all = async (filePath: string, code: string) =>
    (await eslint.lintText(code, { filePath }))[0]?.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message) ?? [];

  it('the renderer cannot import() Electron, Node built-ins, the database or main-process code', async () => {
    const code = "export const f = async () => [await import('electron'), await import('node:fs'), await import('fs/promises'), await import('better-sqlite3'), await import('../../electron/main/app')];\n";
    expect(await all('renderer/src/probe.ts', code)).toHaveLength(5);
    expect(await all('renderer/src/probe.ts', "export const f = () => import('./pages/team/team-page');\n")).toEqual([]);
  });

  it('main-process code cannot import renderer code, statically or dynamically', async () => {
    expect(await all('electron/main/probe.ts', "import { App } from '../../renderer/src/app';\nexport const a = App;\n")).toHaveLength(1);
    expect(await all('electron/main/probe.ts', "export const f = () => import('../../renderer/src/app');\n")).toHaveLength(1);
    expect(await all('electron/main/domains/team/probe.ts', "export const f = () => import('../../../../renderer/src/app');\n")).toHaveLength(1);
    expect(await all('electron/preload/probe.ts', "export const f = () => import('../../renderer/src/api/client');\n")).toHaveLength(1);
  });
});
