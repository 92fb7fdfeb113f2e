import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';

/**
 * A piscina pool running one worker module. The build runs the compiled `.js`; tests and
 * `npm run dev` run TypeScript, for which a small bootstrap module registers tsx inside the
 * worker before importing the source (Node 20 does not pass `--import` loaders to workers).
 */
export function createWorkerPool(baseUrl: string, name: string, options: { maxThreads?: number; idleTimeout?: number } = {}): WorkerPool {
  const js = fileURLToPath(new URL(`${name}.js`, baseUrl));
  const filename = existsSync(js) ? js : tsBootstrap(fileURLToPath(new URL(`${name}.ts`, baseUrl)));
  const pool = new Piscina({
    filename,
    maxThreads: options.maxThreads ?? 2,
    minThreads: 0,
    idleTimeout: options.idleTimeout ?? 30_000,
  });
  // A worker that dies outside a task (e.g. its module fails to load) makes piscina emit
  // 'error' and leaves the tasks waiting: fail every task still running instead.
  const running = new Set<(error: Error) => void>();
  pool.on('error', (error: Error) => {
    for (const reject of running) reject(error);
    running.clear();
  });
  return {
    run<T>(task: unknown, runOptions?: { transferList?: Transferable[]; signal?: AbortSignal }) {
      return new Promise<T>((resolve, reject) => {
        running.add(reject);
        pool.run(task, runOptions as never).then(
          (value: T) => (running.delete(reject), resolve(value)),
          (error: Error) => (running.delete(reject), reject(error)),
        );
      });
    },
    destroy: () => pool.destroy(),
  };
}

export interface WorkerPool {
  /** `signal`: aborting it stops the task (its thread is ended), e.g. when a job is cancelled. */
  run<T = unknown>(task: unknown, options?: { transferList?: Transferable[]; signal?: AbortSignal }): Promise<T>;
  destroy(): Promise<void>;
}

type Transferable = MessagePort | ArrayBuffer;

function tsBootstrap(tsFile: string): string {
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const dir = join(tmpdir(), 'campaign-profiler-workers');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${Buffer.from(tsFile).toString('base64url').slice(-60)}.mjs`);
  writeFileSync(
    file,
    `import { register } from ${JSON.stringify(api)};\nregister();\nconst mod = await import(${JSON.stringify(pathToFileURL(tsFile).href)});\nexport default mod.default;\n`,
  );
  return file;
}

/** A port for a task to report progress on; `close()` when the task is done. */
export function progressChannel(onProgress: (message: unknown) => void): { port: MessagePort; close(): void } {
  const channel = new MessageChannel();
  channel.port1.on('message', onProgress);
  channel.port1.unref();
  return {
    port: channel.port2,
    close() {
      channel.port1.close();
    },
  };
}
