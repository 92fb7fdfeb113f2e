import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges, printSchema, type GraphQLEnumType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../../server/src/graphql/schema.js';
import { repoRoot, sharedDir } from '../../helpers/datasets.js';

const contractFile = join(sharedDir, 'contract/schema.graphql');
const contractMissing = !existsSync(contractFile);
if (contractMissing) console.warn(`Skipping the contract check: ${contractFile} is not present (../shared beside the project).`);
const additionsFile = join(sharedDir, 'contract/additions.graphql');

/** Parts of additions.graphql this server has built (each must be served exactly as written). */
const BUILT_PARTS = ['rfm', 'team', 'words', 'customers'];

/** The text of one part of additions.graphql: from its `# Part "name"` line to the next separator. */
function additionPart(name: string): string {
  const text = readFileSync(additionsFile, 'utf8');
  const part = text.split(/^# -{20,}$/m).find((p) => p.includes(`# Part "${name}"`));
  if (!part) throw new Error(`Part "${name}" is not in ${additionsFile}.`);
  return part;
}

describe('GraphQL schema', () => {
  it.skipIf(contractMissing)('does not break the public contract in ../shared/contract/schema.graphql', async () => {
    const contract = buildSchema(readFileSync(contractFile, 'utf8'));
    const served = await buildAppSchema();
    const breaking = findBreakingChanges(contract, served);
    expect(breaking.map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });

  it.skipIf(contractMissing)('serves the built parts of ../shared/contract/additions.graphql exactly as written', async () => {
    const contract = buildSchema([readFileSync(contractFile, 'utf8'), ...BUILT_PARTS.map(additionPart)].join('\n'));
    const served = await buildAppSchema();
    const breaking = findBreakingChanges(contract, served);
    expect(breaking.map((c) => `${c.type}: ${c.description}`)).toEqual([]);
    expect((served.getType('SegmentationAlgorithm') as GraphQLEnumType).getValue('RFM_SCORES')).toBeDefined();
    // Part "words": the rule search's objective on every target group.
    const quality = (served.getType('TargetGroup') as GraphQLObjectType).getFields().quality;
    expect(String(quality?.type)).toBe('Float!');
    // Part "customers": lookup and explanation queries with their exact arguments.
    const query = served.getQueryType()!.getFields();
    expect(query.customer.args.map((a) => `${a.name}: ${String(a.type)}`).sort()).toEqual(['datasetId: ID!', 'key: String!']);
    expect(String(query.customer.type)).toBe('Customer');
    expect(query.explainCustomer.args.map((a) => `${a.name}: ${String(a.type)}`).sort()).toEqual([
      'modelId: ID!',
      'values: [FeatureValueInput!]!',
    ]);
    expect(String(query.explainCustomer.type)).toBe('CustomerExplanation!');
    const contribution = (served.getType('Contribution') as GraphQLObjectType).getFields();
    expect(Object.keys(contribution).sort()).toEqual(['contribution', 'feature', 'label', 'value']);
  });

  it('matches the committed server/schema.graphql (regenerate with `npm run schema`)', async () => {
    const committed = readFileSync(join(repoRoot, 'server/schema.graphql'), 'utf8');
    expect(printSchema(await buildAppSchema()).trim()).toBe(committed.trim());
  });
});
