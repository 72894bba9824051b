// Lint rules that keep code where it can run (see README, "Where code runs"). The boundaries are
// enforced here and by each folder's tsconfig (its lib and types), never left to memory.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'worker_threads', 'module', 'process'];
const ELECTRON = ['electron', 'electron/*', 'electron-store', 'electron-builder'];

// typescript-eslint's variant understands `import type`, which is allowed everywhere because it
// is erased before anything runs.
const restrictImports = (groups) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: groups.map(({ names, message }) => ({ group: names, message, allowTypeImports: true })) }],
});

const browserGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', '.cache/**', 'test-results/**', 'e2e/.report/**', 'build/lint-fixtures/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: { parserOptions: { tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrictImports([
        { names: ELECTRON, message: 'shared/ is pure TypeScript: no electron.' },
        { names: NODE_BUILTINS, message: 'shared/ is pure TypeScript: no Node modules.' },
        { names: ['react', 'react-dom', 'react-dom/*', 'lexical', '@lexical/*'], message: 'shared/ is pure TypeScript: no DOM libraries.' },
      ]),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', ...browserGlobals.filter((g) => g !== 'console')],
    },
  },
  {
    files: ['main/services/**/*.ts', 'e2e/**/*.ts', 'build/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
    rules: restrictImports([{ names: ELECTRON, message: 'Only main/electron/ may load electron at run time.' }]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      ...restrictImports([
        { names: ELECTRON, message: 'The renderer reaches main only through window.copydesk.' },
        { names: NODE_BUILTINS, message: 'The renderer is sandboxed: no Node modules.' },
        { names: ['**/main/**'], message: 'The renderer reaches main only through window.copydesk.' },
      ]),
      'no-restricted-globals': ['error', 'require', 'process', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['main/electron/**/*.ts', 'electron.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
