import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { join } from 'node:path';

/** `npm run migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : join(config.dataDir, 'pglite'),
  runMigrations: false,
});
const applied = await database.dataSource.runMigrations();
process.stdout.write(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}\n` : 'The database is up to date.\n');
await database.close();
