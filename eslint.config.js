// Lint: typescript-eslint with type information, import cycles and the client/server seam.
// Formatting is Prettier's job (eslint-config-prettier turns off the rules it owns).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const TESTS = ['test/**/*.ts', '**/*.test.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'neo4j/target/', 'bench/results/', '.neo4j/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': 'error',
      // The client shares only the contract with the server; the contract depends on neither.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './client',
              from: ['./server', './test', './bench'],
              message: 'the client imports only contract/ from outside client/',
            },
            { target: './contract', from: ['./server', './client', './test', './bench'], message: 'contract/ stands alone' },
            {
              target: './server',
              from: ['./client', './test', './bench'],
              message: 'the server does not import the client, tests or benchmarks',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'max-params': ['error', 4],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // npm start runs on a production install (npm ci --omit=dev): what it runs imports no dev dependency.
    files: ['server/**/*.ts', 'contract/**/*.ts', 'client/**/*.ts'],
    ignores: TESTS,
    rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: false }] },
  },
  {
    // A test file's describe block is one long function by nature; its tests are what stay short.
    files: TESTS,
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
