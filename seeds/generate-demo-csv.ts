/**
 * Writes the generated demo customers to a CSV file.
 *   node --import tsx seeds/generate-demo-csv.ts --rows 1000000 --out /tmp/demo-1m.csv --seed 1
 */
import { parseArgs } from 'node:util';
import { writeDemoCsv } from './demo-dataset.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '2000' },
    out: { type: 'string', default: 'demo-customers.csv' },
    seed: { type: 'string', default: '1' },
  },
});
const rows = Number(values.rows);
const seed = Number(values.seed);
if (!Number.isInteger(rows) || rows < 0) throw new Error(`--rows must be a whole number >= 0, got "${values.rows}".`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.seed}".`);
const started = performance.now();
await writeDemoCsv(values.out, { rows, seed });
const seconds = (performance.now() - started) / 1000;
console.log(`Wrote ${rows.toLocaleString('en-US')} rows to ${values.out} in ${seconds.toFixed(1)} s (seed ${seed}).`);
