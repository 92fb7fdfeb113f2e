import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../client/codegen';

/**
 * The committed client types (client/src/gql/) are what `npm run codegen` makes from
 * server/schema.graphql and the client's documents today: a schema change or an edited
 * document without a new codegen run fails here. The generator also refuses a document that
 * does not validate against the schema.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('generated client GraphQL types', () => {
  it('match server/schema.graphql and the documents in client/src', { timeout: 60_000 }, async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      // generate(config, false) returns the files instead of writing them.
      const files = await generate({ ...config, cwd: root }, false);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const committed = readFileSync(path.resolve(root, file.filename), 'utf8');
        expect(committed, `${file.filename} is stale: run npm run codegen`).toBe(file.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
