import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS =
  'assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|http|https|net|os|path|perf_hooks|process|readline|stream|string_decoder|timers|tls|tty|url|util|v8|vm|worker_threads|zlib';

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
);
