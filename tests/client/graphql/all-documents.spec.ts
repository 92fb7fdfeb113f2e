import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, print, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Every GraphQL operation the client exports from client/src/graphql/ is valid against the
 * served schema (server/schema.graphql, which a server test keeps current), so a renamed or
 * removed field fails here rather than in a browser. `npm run codegen` validates them too, and
 * codegen.spec.ts checks that the generated types in client/src/gql/ are current.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schema = buildSchema(readFileSync(path.join(root, 'server/schema.graphql'), 'utf8'));
const modules = import.meta.glob<Record<string, unknown>>('../../../client/src/graphql/*.ts', { eager: true });

/** An operation the client sends (fragments are checked inside the operations that spread them). */
const isOperation = (value: unknown): value is DocumentNode =>
  typeof value === 'object' &&
  value !== null &&
  (value as { kind?: unknown }).kind === 'Document' &&
  (value as DocumentNode).definitions.some((definition) => definition.kind === 'OperationDefinition');

const documents = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isOperation(value))
    .map(([name, value]) => [`${path.basename(file)} ${name}`, value as DocumentNode] as const),
);

describe('every client GraphQL document', () => {
  it('is found', () => {
    console.info(`${documents.length} client documents checked`);
    expect(documents.length).toBeGreaterThan(20);
  });

  it('validates against server/schema.graphql', () => {
    // Re-parse the printed text: the generated documents are plain JSON, graphql-js validates its own AST objects.
    const errors = documents.flatMap(([name, document]) =>
      validate(schema, parse(print(document))).map((error) => `${name}: ${error.message}`),
    );
    expect(errors).toEqual([]);
  });
});
