import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { buildAppSchema } from '../graphql/schema.js';

/** `npm run schema`: writes the served schema to server/schema.graphql, so changes show in review. */
const schema = await buildAppSchema();
writeFileSync(new URL('../../schema.graphql', import.meta.url), printSchema(schema) + '\n');
process.stdout.write('Wrote server/schema.graphql\n');
