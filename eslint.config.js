// ESLint 9 flat config: typescript-eslint's recommended rules everywhere, type-aware rules only
// where they catch real bugs (promises nobody awaits, promises passed where a plain callback
// is expected), eslint-plugin-vue for the client's single-file components, and
// eslint-config-prettier last so that formatting is left to Prettier alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    'data/',
    'coverage/',
    'tests/.artifacts/',
    'tests/fixtures/',
    'client/src/gql/',
    '.scratch/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  vue.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused locals and parameters are the compiler's job (noUnusedLocals, noUnusedParameters in
      // every tsconfig; `npm run typecheck`), which also understands declaration merging.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    // Type-aware rules for the TypeScript files; each file is checked with the tsconfig that compiles it.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './client/tsconfig.json', './client/tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
    },
  },
  prettier,
);
