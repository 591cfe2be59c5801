// ESLint flat config. Besides typescript-eslint's recommended rules, this file encodes the layering
// of the app (which folder may import what) with `no-restricted-imports`, one block per folder.
// Flat config replaces a rule's options wholesale when two blocks match the same file, so the
// layering blocks below must not overlap.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}', '*.config.ts'];
const JS_FILES = ['**/*.{js,mjs,cjs}'];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every Node built-in, bare (`fs`, `fs/promises`, `crypto`…) or with the `node:` scheme (which also
// covers scheme-only modules such as `node:test` and `node:sqlite`).
const nodeBuiltinNames = [...new Set(builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.split('/')[0]))];
const NODE_BUILTIN_REGEX = `^(?:node:.*|(?:${nodeBuiltinNames.map(escapeRegex).join('|')})(?:/.*)?)$`;

/**
 * A relative import that climbs out into the named top-level `src/` folder(s): `../main/core/app`,
 * `../../../src/main/x`. `minUps` is how many `../` it takes at the least to leave the folder.
 */
const relativeInto = (folders, minUps = 1) => `^(?:\\.\\./){${minUps},}(?:src/)?(?:${folders.join('|')})(?:/.*)?$`;

const ELECTRON_REGEX = '^electron(?:/.*)?$';

export default defineConfig([
  globalIgnores(['out/', '.native/', 'test-results/', 'playwright-report/', '.artifacts/']),

  // Everywhere, JS included: no string-to-code. The CSP forbids it in the renderer; main and core
  // must not do it either.
  {
    name: 'columns/no-eval',
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },

  // Plain JS (this file, scripts/*.mjs): ESLint's recommended rules under Node.
  {
    name: 'columns/js',
    files: JS_FILES,
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },

  // TypeScript: typescript-eslint recommended (syntax-only, no type information: keeps lint fast).
  {
    name: 'columns/ts',
    files: TS_FILES,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: {
      // `_`-prefixed parameters and bindings are deliberately unused (callbacks with fixed signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // --- Layering -----------------------------------------------------------------------------------

  // src/shared: the contract between main, preload and renderer. It is bundled into all three, so it
  // must run everywhere: no Node, no Electron, and it must not reach into any one of the processes.
  {
    name: 'columns/layer-shared',
    files: ['src/shared/**/*.{ts,tsx}'],
    languageOptions: { globals: globals['shared-node-browser'] },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: NODE_BUILTIN_REGEX,
              message:
                'src/shared is bundled into the renderer and the sandboxed preload too, where Node built-ins do not exist. Keep it to plain TypeScript (and zod); Node code belongs in src/main.',
            },
            {
              regex: ELECTRON_REGEX,
              message:
                'src/shared must not depend on Electron: it is also used by browser mode and by core, which run under plain Node. Put Electron code in src/main/shell or src/main/index.ts.',
            },
            {
              regex: relativeInto(['main', 'renderer', 'preload']),
              message:
                'src/shared is the bottom layer: main, preload and renderer import it, never the other way round. Move what you need into src/shared.',
            },
          ],
        },
      ],
    },
  },

  // src/main/core, sandbox and web: Electron-free. Core runs under plain Node in browser mode and in
  // the tests; Electron is wired to it only in src/main/index.ts and src/main/shell.
  {
    name: 'columns/layer-main-electron-free',
    files: ['src/main/core/**/*.{ts,tsx}', 'src/main/sandbox/**/*.{ts,tsx}', 'src/main/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: ELECTRON_REGEX,
              message:
                'src/main/core, src/main/sandbox and src/main/web must stay Electron-free (they run under plain Node in browser mode and in tests). Take what you need as a parameter and wire Electron in src/main/index.ts or src/main/shell.',
            },
          ],
        },
      ],
    },
  },

  // src/renderer: untrusted web content with no Node. It talks to main only through window.api (the
  // preload bridge) or the browser-mode WebSocket, using the types in src/shared.
  {
    name: 'columns/layer-renderer',
    files: ['src/renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: NODE_BUILTIN_REGEX,
              message:
                'The renderer is a sandboxed web page (nodeIntegration off): Node built-ins do not exist there. Ask the core through window.api / src/renderer/src/api instead.',
            },
            {
              regex: ELECTRON_REGEX,
              message:
                'The renderer cannot import Electron (contextIsolation + sandbox, and it also runs in a plain browser). Use the api client in src/renderer/src/api, which goes through the preload bridge.',
            },
            {
              regex: '^(?:better-sqlite3|keytar|ws)(?:/.*)?$',
              message:
                'better-sqlite3, keytar and ws are native/Node modules that live in the main process (src/main/core, src/main/web). The renderer reaches them only through the api client.',
            },
            {
              // At least two `../`: from src/renderer/src/*, `../main` is src/renderer/src/main.tsx.
              regex: relativeInto(['main', 'preload'], 2),
              message:
                'The renderer must not import from src/main or src/preload: they are other processes. Shared types and schemas belong in src/shared.',
            },
          ],
        },
      ],
    },
  },

  // src/preload: runs sandboxed, where `require` knows only a handful of modules and no npm packages.
  // It is built as one CJS file from `electron` and src/shared only.
  {
    name: 'columns/layer-preload',
    files: ['src/preload/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$)(?![./])',
              message:
                'A sandboxed preload may import only `electron` and src/shared: it cannot require npm modules or Node built-ins. Keep it a thin bridge and do the work in main.',
            },
            {
              regex: relativeInto(['main', 'renderer']),
              message:
                'The preload may import only `electron` and src/shared; src/main and src/renderer are other processes.',
            },
          ],
        },
      ],
    },
  },
]);
