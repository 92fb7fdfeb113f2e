import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, print, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../../../client/src/graphql/team-operations';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const servedPath = path.resolve(root, 'server/schema.graphql');
const documents = Object.entries(operations).filter(
  (entry): entry is [string, DocumentNode] => typeof entry[1] === 'object' && entry[1] !== null && 'definitions' in entry[1],
);

describe('Team GraphQL operations (users, my account, audit)', () => {
  it('exports the pages’ documents', () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      'AUDIT_EVENTS',
      'CHANGE_PASSWORD',
      'CREATE_USER',
      'CREATE_USER_WITH_ONE_TIME_PASSWORD',
      'MY_ACCOUNT',
      'RESET_PASSWORD',
      'ROLE_PERMISSIONS',
      'SESSION_CHECK',
      'SIGN_OUT',
      'SIGN_OUT_EVERYWHERE',
      'UPDATE_ME',
      'UPDATE_USER',
      'USERS',
    ]);
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
