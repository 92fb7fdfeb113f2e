import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

/**
 * Where a worker-thread entry point lives and how to start it. The build runs compiled
 * `.js`; tests and `npm run dev` run the TypeScript sources, which a worker can only load
 * after registering tsx's loader inside the worker itself (`--import tsx` in a worker's
 * execArgv is not honoured by Node 20). Worker code is plain ML/DB code without
 * decorators, so tsx's lack of decorator metadata does not matter there.
 */
export function workerEntry(baseUrl: string, name: string): { filename: string; options: WorkerOptions } {
  const js = fileURLToPath(new URL(`${name}.js`, baseUrl));
  if (existsSync(js)) return { filename: js, options: {} };
  const ts = pathToFileURL(fileURLToPath(new URL(`${name}.ts`, baseUrl))).href;
  // The ESM build of tsx's API (require.resolve would pick the CommonJS one).
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ts)}); });`;
  return { filename: bootstrap, options: { eval: true } };
}
