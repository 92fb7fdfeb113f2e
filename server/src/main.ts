import { isConnectionLost } from './common/job-failure.js';
import { loadConfig } from './config.js';
import { createLogger, startServer } from './server.js';

/** `npm start`: one process serving the client, GraphQL and the import API on PORT. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  // Last line of defence: every job's failure path handles a lost database itself. Should a
  // connection error still escape somewhere, the server keeps serving (the pool reconnects);
  // anything else leaves the process in an unknown state, so it exits as Node would.
  process.on('unhandledRejection', (reason) => {
    if (isConnectionLost(reason))
      return void logger.warn({ reason: String((reason as Error)?.message ?? reason) }, 'a database error escaped its handler');
    logger.fatal({ err: reason }, 'unhandled rejection');
    process.exit(1);
  });
  const server = await startServer(config, { logger });
  const { admin, demoDataset } = server.bootstrap;
  const lines = [
    '',
    `  Campaign Profiler is running on http://localhost:${server.port}`,
    `  Database: ${server.database.mode === 'embedded' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (admin)
    lines.push(
      `  Administrator: ${admin.email}` +
        (admin.password ? `  password: ${admin.password}  (shown once; change it or set ADMIN_PASSWORD)` : ''),
    );
  if (demoDataset) lines.push(`  Demo dataset loaded: ${demoDataset}`);
  process.stdout.write(lines.join('\n') + '\n\n');

  let signals = 0;
  const shutdown = (signal: string) => {
    if (++signals > 1) process.exit(1);
    logger.info({ signal }, 'signal received');
    server.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Campaign Profiler could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
