// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      'docs/site/**',
      'coverage/**',
      'packages/widget/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.mjs', '*.ts', 'scripts/*.mjs', 'examples/*/*.js', 'examples/*/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Core stays pure: no DOM, no storage, no Node built-ins outside the CLI and tests.
    files: ['packages/core/src/**/*.ts'],
    ignores: [
      'packages/core/src/**/*.test.ts',
      'packages/core/src/**/*-test-helpers.ts',
      'packages/core/src/cli/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'idb-keyval', 'lit', 'lit/*'],
              message: 'Core is pure: no Node, storage or DOM imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
          'process',
          'Buffer',
        ].map((name) => ({ name, message: 'Core is pure: inject it instead.' })),
        { name: 'Date', message: 'Core reads time from an injected clock or its input; use date-fns.' },
      ],
    },
  },
  {
    files: ['packages/widget/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widget/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['examples/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [
      'scripts/**/*.mjs',
      '*.mjs',
      'bench/**/*.ts',
      'packages/core/src/cli/**/*.ts',
      'packages/core/bin/*.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'examples/**/*.js', 'packages/core/bin/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
