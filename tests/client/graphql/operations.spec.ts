import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, print, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../../../client/src/graphql/operations';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const contractPath = path.resolve(root, '../shared/contract/schema.graphql');
const servedPath = path.resolve(root, 'server/schema.graphql');

/** The fields the lead committed to serve beyond the contract (see the client brief). */
const EXTENSIONS = `
  type LevelCount { value: String!, count: Int! }
  extend type Dataset { createdAt: DateTime!, idColumn: String, featuredModel: Model, settings: DatasetSettings! }
  type DatasetSettings { currency: String }
  enum PhrasingKind { COUNT MONEY YEAR DATE DURATION PERCENTAGE FACT CATEGORY NUMBER }
  type LevelPhrasing { value: String!, text: String! }
  input LevelPhrasingInput { value: String!, text: String! }
  type ColumnPhrasing { kind: PhrasingKind!, one: String, other: String, verb: String, event: String, unit: String, yes: String, no: String, levels: [LevelPhrasing!] }
  input ColumnPhrasingInput { kind: PhrasingKind!, one: String, other: String, verb: String, event: String, unit: String, yes: String, no: String, levels: [LevelPhrasingInput!] }
  extend type Column {
    position: Int!, isTarget: Boolean!, isPastCampaign: Boolean!, knownAfterContact: Boolean!, actionable: Boolean!,
    unit: String, min: Float, max: Float, topLevels: [LevelCount!]!, examples: [String!]!, note: String, region: String,
    phrasing: ColumnPhrasing!
  }
  extend type ImportJob {
    phase: String!, bytes: Float, rowsDuplicate: Int!, rowsSkippedEmpty: Int!, errorCount: Int!, message: String, warnings: [ImportError!]!
  }
  extend type AuthPayload { mustChangePassword: Boolean! }
  enum Language { EN ES PL RU }
  extend type User { language: Language! }
  input ColumnUpdateInput { label: String, kind: ColumnKind, isPastCampaign: Boolean, isTarget: Boolean, knownAfterContact: Boolean, region: String, phrasing: ColumnPhrasingInput, actionable: Boolean }
  extend type Mutation {
    updateColumn(datasetId: ID!, name: String!, input: ColumnUpdateInput!): Column!
    deleteDataset(id: ID!): Boolean!
  }
`;

const documents = Object.entries(operations).filter(
  (entry): entry is [string, DocumentNode] =>
    typeof entry[1] === 'object' &&
    entry[1] !== null &&
    'definitions' in entry[1] &&
    entry[1].definitions.some((definition) => definition.kind === 'OperationDefinition'),
);

function problems(schema: GraphQLSchema): string[] {
  // Re-parse the printed text: the generated documents are plain JSON, graphql-js validates its own AST objects.
  return documents.flatMap(([name, document]) => validate(schema, parse(print(document))).map((error) => `${name}: ${error.message}`));
}

describe('GraphQL operations', () => {
  it('exports every document the client sends', () => {
    expect(documents.map(([name]) => name).sort()).toEqual(['DATASET', 'DATASETS', 'IMPORT_JOB', 'LOGIN', 'ME', 'UPDATE_COLUMN']);
  });

  describe.skipIf(!existsSync(contractPath))('against the contract plus the committed extensions', () => {
    it('validates', () => {
      const schema = buildSchema(readFileSync(contractPath, 'utf8') + EXTENSIONS);
      expect(problems(schema)).toEqual([]);
    });
  });
  if (!existsSync(contractPath)) console.warn(`Skipping contract validation: ${contractPath} is absent.`);

  describe.skipIf(!existsSync(servedPath))('against the schema the server emits', () => {
    it('validates', () => {
      expect(problems(buildSchema(readFileSync(servedPath, 'utf8')))).toEqual([]);
    });
  });
  if (!existsSync(servedPath)) console.warn(`Skipping served-schema validation: ${servedPath} is absent.`);
});
