import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../../server/src/graphql/schema.js';
import { repoRoot, sharedDir } from '../../helpers/datasets.js';

const contractFile = join(sharedDir, 'contract/schema.graphql');
const contractMissing = !existsSync(contractFile);
if (contractMissing) console.warn(`Skipping the contract check: ${contractFile} is not present (../shared beside the project).`);

describe('GraphQL schema', () => {
  it.skipIf(contractMissing)('does not break the public contract in ../shared/contract/schema.graphql', async () => {
    const contract = buildSchema(readFileSync(contractFile, 'utf8'));
    const served = await buildAppSchema();
    const breaking = findBreakingChanges(contract, served);
    expect(breaking.map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });

  it('matches the committed server/schema.graphql (regenerate with `npm run schema`)', async () => {
    const committed = readFileSync(join(repoRoot, 'server/schema.graphql'), 'utf8');
    expect(printSchema(await buildAppSchema()).trim()).toBe(committed.trim());
  });
});
