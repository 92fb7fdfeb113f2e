import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, print, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../../../client/src/graphql/target-group-operations';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const servedPath = path.resolve(root, 'server/schema.graphql');
const documents = Object.entries(operations).filter(
  (entry): entry is [string, DocumentNode] => typeof entry[1] === 'object' && entry[1] !== null && 'definitions' in entry[1],
);

describe('Target group GraphQL operations', () => {
  it('exports the page’s documents', () => {
    expect(documents.map(([name]) => name).sort()).toEqual(['EVALUATE_TARGET_GROUP', 'TARGET_GROUP', 'TARGET_GROUP_PAGE']);
  });

  describe.skipIf(!existsSync(servedPath))('against the schema the server emits', () => {
    it('validates', () => {
      const schema = buildSchema(readFileSync(servedPath, 'utf8'));
      // Re-parse the printed text: urql's gql builds its own AST objects, graphql-js validates its own.
      expect(
        documents.flatMap(([name, document]) => validate(schema, parse(print(document))).map((error) => `${name}: ${error.message}`)),
      ).toEqual([]);
    });
  });
  if (!existsSync(servedPath)) console.warn(`Skipping served-schema validation: ${servedPath} is absent.`);
});
