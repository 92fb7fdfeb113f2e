import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, print, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../../../client/src/graphql/region-operations';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const servedPath = path.resolve(root, 'server/schema.graphql');
const documents = Object.entries(operations).filter(
  (entry): entry is [string, DocumentNode] => typeof entry[1] === 'object' && entry[1] !== null && 'definitions' in entry[1],
);

describe('Region GraphQL operations', () => {
  it('exports the regions document', () => {
    expect(documents.map(([name]) => name)).toEqual(['REGIONS']);
  });

  describe.skipIf(!existsSync(servedPath))('against the schema the server emits', () => {
    it('validates', () => {
      const schema = buildSchema(readFileSync(servedPath, 'utf8'));
      expect(
        documents.flatMap(([name, document]) => validate(schema, parse(print(document))).map((error) => `${name}: ${error.message}`)),
      ).toEqual([]);
    });
  });
  if (!existsSync(servedPath)) console.warn(`Skipping served-schema validation: ${servedPath} is absent.`);
});
