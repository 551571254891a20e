// Lint rules. The core must stay pure: no vscode, no Node built-ins, so it runs unchanged in the
// extension host, a worker thread and the CLI.
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'reports/**', 'coverage/**', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // No import loops: a type lives in the file that owns it, and the files that use it import it
    // from there. import-x checks the imports of values here, so `npm test` catches a loop;
    // `npm run lint` also runs madge, which counts imports of types as well.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'src/core is pure: it never imports vscode.' },
          { group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'src/core is pure: no Node built-ins.' },
          { group: ['**/analysis/*', '**/extension/*', '**/cli/*'], message: 'src/core depends on nothing else in src.' },
        ],
      }],
    },
  },
  {
    files: ['src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', '../extension/*', '../cli/*'], message: 'src/analysis does not depend on vscode.' }] }],
    },
  },
  {
    // The extension bundle stays lean: it reads the model and corrections, and never pulls the
    // pipeline (and with it compromise) into dist/extension.js; analysis runs in the worker.
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/pipeline/*', '**/core/pipeline/**', 'compromise'], message: 'src/extension reads only core/model and core/corrections; the pipeline runs in the worker.' }] }],
    },
  },
);
