import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The server's import graph has no circles (type-only imports count too: a circle of types
 * is still two modules that cannot be understood apart). Also: the domain module imports
 * nothing outside itself, and common/ imports only domain/.
 */
const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')));
}

const graph = new Map(sourceFiles(src).map((file) => [file, localImports(file)]));
const name = (file: string) => relative(src, file);

function circles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map(name));
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('server import graph', () => {
  it('reads every server file', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join(src, 'app.ts'))?.length).toBeGreaterThan(3);
  });

  it('has no import circles', () => {
    expect(circles()).toEqual([]);
  });

  it('keeps domain/ free of other modules and common/ above domain/ only', () => {
    for (const [file, imports] of graph) {
      const area = name(file).split('/')[0];
      if (area !== 'domain' && area !== 'common') continue;
      const allowed = area === 'domain' ? ['domain'] : ['domain', 'common'];
      for (const target of imports) expect(allowed, `${name(file)} imports ${name(target)}`).toContain(name(target).split('/')[0]);
    }
  });
});
