import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS =
  'assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|http|https|net|os|path|perf_hooks|process|readline|stream|string_decoder|timers|tls|tty|url|util|v8|vm|worker_threads|zlib';

// "Today" comes from the injected clock (main: ctx.clock; renderer: useToday(); tests: a fixed date),
// never from the machine: a test or screen that reads the real clock passes or fails by the calendar.
const NO_REAL_CLOCK = [
  'error',
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Do not read the real clock: use the injected clock (ctx.clock / useToday() / a fixed test date).' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Do not read the real clock: use the injected clock; time a duration with performance.now().' },
];

// Dynamic import() is an import too: the same boundaries apply (no-restricted-imports sees only static ones).
const dynamicImport = (regex, message) => ({ selector: `ImportExpression[source.value=/${regex}/]`, message });
const RENDERER_DYNAMIC_IMPORTS = [
  dynamicImport('^electron(\\u002F|$)', 'The renderer must not import Electron; use the api client.'),
  dynamicImport(`^(node:|(${NODE_BUILTINS})(\\u002F|$))`, 'The renderer must not import Node built-ins.'),
  dynamicImport('^better-sqlite3', 'Only the main process touches the database.'),
  dynamicImport('(^|\\u002F)electron\\u002F', 'The renderer must not import main-process code.'),
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'docs/**', 'native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Process boundary: the renderer is a web page. It reaches the main process only through the contract.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^electron(/|$)', message: 'The renderer must not import Electron; use the api client.' },
            { regex: `^(node:|(${NODE_BUILTINS})(/|$))`, message: 'The renderer must not import Node built-ins.' },
            { regex: '^better-sqlite3', message: 'Only the main process touches the database.' },
            { regex: '(^|/)electron/', message: 'The renderer must not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    // shared/ runs on both sides: zod, and its own pure modules and resource data, nothing else.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\.{1,2}/)',
              message: 'shared/ may import only zod and its own files.',
            },
            { regex: '(^|/)(electron|renderer)/', message: 'shared/ must not import from electron/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    // The clock is injected in the app's code and fixed in tests. Only the composition root (app.ts, startup.ts)
    // and the bench/seed scripts may read the machine's clock.
    files: ['shared/**/*.ts', 'electron/main/domains/**/*.ts', 'electron/main/lib/**/*.ts', 'tests/**/*.{ts,tsx}'],
    ignores: ['tests/helpers/fake-now.ts'],
    rules: { 'no-restricted-syntax': NO_REAL_CLOCK },
  },
  {
    // The renderer: no real clock, and no dynamic import across the process boundary either.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': [...NO_REAL_CLOCK, ...RENDERER_DYNAMIC_IMPORTS] },
  },
  {
    // The main process and preload never import the renderer's code (a page, a hook) by either form of import.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)renderer/', message: 'Main-process code must not import renderer code.' }] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/domains/**/*.ts', 'electron/main/lib/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', dynamicImport('(^|\\u002F)renderer\\u002F', 'Main-process code must not import renderer code.')] },
  },
  {
    files: ['electron/main/domains/**/*.ts', 'electron/main/lib/**/*.ts'],
    rules: { 'no-restricted-syntax': [...NO_REAL_CLOCK, dynamicImport('(^|\\u002F)renderer\\u002F', 'Main-process code must not import renderer code.')] },
  },
);
