import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The client's GraphQL types, generated from the served schema (server/schema.graphql, kept
 * current by `npm run schema`) and the documents written with `graphql()` in client/src/graphql/.
 * `npm run codegen` writes client/src/gql/ (committed); tests/client/graphql/codegen.spec.ts
 * fails when the committed files differ from what this config generates.
 * Paths are relative to the repository root, where `npm run codegen` runs.
 */
const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  // Documents live in client/src/graphql/ (a graphql() call elsewhere would not be typed: typecheck fails).
  documents: ['client/src/graphql/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        skipTypename: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
  silent: true,
};

export default config;
