// @ts-check
/**
 * Lint rules, including the architecture of DESIGN.md §1 as import bans: only main/app and
 * preload may import Electron; the engine never reaches into the shell or the page; the
 * renderer and the contract reach nothing under main/; the sandbox and the engine meet
 * only over HTTP. The domain facts (domain/) stay free of Node, Electron and every layer.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronBan = {
  name: 'electron',
  message:
    'Only the shell (main/app/index.ts, window.ts, ipc.ts and the few beside them) and preload import electron (DESIGN.md §1): the engine, and the desk the shell composes, run in plain Node.',
};

const domainRule =
  'domain/ holds the facts every layer shares: it imports no Node API, no Electron and no layer (DESIGN.md §1).';

/** @param {string[]} patterns @param {string} message */
const banPaths = (patterns, message) => ({ group: patterns, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.node22/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronBan] }],
    },
  },
  {
    // Asymmetric matchers (expect.any, expect.stringContaining) are typed `any`.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The shell proper. The rest of main/app (the desk's composition, start-up, handlers, dispatch)
    // stays free of Electron, so the browser tests run it in plain Node exactly as the app does.
    files: [
      'main/app/index.ts',
      'main/app/ipc.ts',
      'main/app/window.ts',
      'main/app/app-protocol.ts',
      'main/app/native-dialogs.ts',
      'main/app/utility-reader.ts',
      'main/app/desktop-shell.ts',
      'preload/index.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            banPaths(
              ['**/app/*', '**/sandbox/*', '**/cli/*', '**/preload/*', '**/renderer/*'],
              'The engine depends on nothing but itself (DESIGN.md §1).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['main/sandbox/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            banPaths(
              ['**/engine/*', '**/app/*', '**/cli/*', '**/preload/*', '**/domain/*'],
              'The sandbox is the referee: it shares no code with the engine (DESIGN.md §7).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['preload/contract.ts', 'preload/bridge.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            banPaths(
              ['**/main/*', '**/renderer/*', 'node:*'],
              'The contract is bundled into the sandboxed preload and the page: no main/ code, no Node.',
            ),
          ],
        },
      ],
    },
  },
  {
    // Bundled into the sandboxed preload and the page, and imported by the engine and the CLI.
    files: ['domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, ...builtinModules.map((name) => ({ name, message: domainRule }))],
          patterns: [banPaths(['**/main/*', '**/preload/*', '**/renderer/*', 'node:*'], domainRule)],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [banPaths(['**/main/*', 'node:*'], 'The renderer talks to main only through window.faxdesk.')],
        },
      ],
    },
  },
);
