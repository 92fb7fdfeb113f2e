import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { createJobRunner, jobSlots } from '../create-job-runner.js';
import { Role } from '../modules/auth/role.js';
import { randomPassword } from '../modules/auth/password.js';
import { createServices } from '../services.js';

/**
 * `npm run seed`: one demo user per role for local use (passwords printed, never stored in
 * the repository) and the generated demo dataset when there is no dataset yet.
 */
const config = loadConfig();
const logger = pino({ level: 'warn' });
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : join(config.dataDir, 'pglite'),
});
const jobs = createJobRunner(database, config, logger);
const services = createServices(database.dataSource, config, logger, jobs);
// The demo import is a job: this process takes it (and whatever else is queued) itself.
await jobs.start(Math.max(1, jobSlots(database, config, logger)), config.jobCheckSeconds);
const admin = await services.auth.ensureFirstAdmin(config.adminEmail, config.adminPassword);
if (admin?.password) process.stdout.write(`admin     ${admin.email}  ${admin.password}\n`);
for (const role of [Role.VIEWER, Role.ANALYST, Role.IMPORTER, Role.ADMIN]) {
  const email = `${role.toLowerCase()}@demo.local`;
  const password = randomPassword();
  try {
    await services.auth.createUser(email, password, role);
    process.stdout.write(`${role.padEnd(9)} ${email}  ${password}\n`);
  } catch (error) {
    process.stdout.write(`${role.padEnd(9)} ${email}  (exists already: ${(error as Error).message})\n`);
  }
}
if ((await services.datasets.list()).length === 0) {
  const name = await services.imports.loadDemoDataset();
  process.stdout.write(`Loaded the demo dataset "${name}".\n`);
}
await jobs.stop(60_000);
await services.training.close();
await services.segments.close();
await database.close();
