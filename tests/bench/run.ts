/**
 * `npm run bench [-- section ...] [-- --json FILE]`: runs every tests/bench/<name>.bench.ts
 * (or only the named ones), each in its own child process so its peak RSS is its own and a
 * crash in one does not hide the others, then prints one table per section from the
 * BENCH_* lines the section wrote (see bench-kit.ts). Exits non-zero if a section failed.
 */
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MARKERS, type BenchRow, type Cell } from './bench-protocol.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, '../..');

interface SectionResult {
  name: string;
  rows: BenchRow[];
  notes: string[];
  skipped: string | null;
  peakRssMb: number | null;
  seconds: number;
  exitCode: number | null;
}

function parseArgs(argv: string[]): { names: string[]; json: string | null } {
  const names: string[] = [];
  let json: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') {
      json = argv[++i] ?? null;
      if (!json) throw new Error('--json needs a file name.');
    } else if (argv[i] !== '--') names.push(argv[i].replace(/\.bench\.ts$/, ''));
  }
  return { names, json };
}

function discover(): string[] {
  return readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.slice(0, -'.bench.ts'.length))
    .sort();
}

function runSection(name: string): Promise<SectionResult> {
  const result: SectionResult = { name, rows: [], notes: [], skipped: null, peakRssMb: null, seconds: 0, exitCode: null };
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, `${name}.bench.ts`)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  const onLine = (line: string) => {
    if (line.startsWith(MARKERS.row)) result.rows.push(JSON.parse(line.slice(MARKERS.row.length)) as BenchRow);
    else if (line.startsWith(MARKERS.note)) result.notes.push(line.slice(MARKERS.note.length));
    else if (line.startsWith(MARKERS.skip)) result.skipped = line.slice(MARKERS.skip.length);
    else if (line.startsWith(MARKERS.peakRss)) result.peakRssMb = Number(line.slice(MARKERS.peakRss.length));
    else if (line.trim() !== '') console.log(`  [${name}] ${line}`);
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) onLine(pending);
      result.exitCode = code;
      result.seconds = (performance.now() - start) / 1000;
      resolvePromise(result);
    });
  });
}

function formatCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Number(cell.toFixed(4))) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return cell;
}

function renderTable(rows: BenchRow[]): string {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const cells = rows.map((row) => columns.map((c) => formatCell(row[c])));
  const widths = columns.map((c, j) => Math.max(c.length, ...cells.map((r) => r[j].length)));
  // Numbers right-aligned, text left-aligned, judged by the column's first non-empty value.
  const numeric = columns.map((c) => typeof rows.find((r) => r[c] !== null && r[c] !== undefined)?.[c] === 'number');
  const line = (values: string[]) => `| ${values.map((v, j) => (numeric[j] ? v.padStart(widths[j]) : v.padEnd(widths[j]))).join(' | ')} |`;
  const rule = `|${widths.map((w, j) => (numeric[j] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(columns), rule, ...cells.map(line)].join('\n');
}

function report(section: SectionResult): void {
  const rss = section.peakRssMb === null ? 'unknown' : `${section.peakRssMb} MB`;
  console.log(`\n## ${section.name}  (${section.seconds.toFixed(1)} s, section peak RSS ${rss})\n`);
  if (section.skipped) console.log(`skipped: ${section.skipped}`);
  if (section.rows.length) console.log(renderTable(section.rows));
  else if (!section.skipped) console.log('(no rows)');
  for (const note of section.notes) console.log(note);
  if (section.exitCode !== 0) console.log(`\nFAILED: the section exited with code ${section.exitCode}; the rows above are partial.`);
}

async function main(): Promise<void> {
  const { names, json } = parseArgs(process.argv.slice(2));
  const available = discover();
  const unknown = names.filter((n) => !available.includes(n));
  if (unknown.length) {
    console.error(`Unknown bench section(s): ${unknown.join(', ')}. Available: ${available.join(', ') || '(none)'}.`);
    process.exit(2);
  }
  const selected = names.length ? available.filter((n) => names.includes(n)) : available;
  const results: SectionResult[] = [];
  for (const name of selected) {
    console.log(`Running section "${name}"...`);
    const section = await runSection(name);
    report(section);
    results.push(section);
  }
  if (json) writeFileSync(json, `${JSON.stringify(results, null, 1)}\n`);
  if (results.some((r) => r.exitCode !== 0)) process.exitCode = 1;
}

await main();
