/**
 * Generated demo customers shaped like the iFood "Marketing Campaign" export (same columns,
 * formats and rough distributions), plus three named pure-noise columns, with a response
 * drawn from the KNOWN model in ./ground-truth.ts. Realistic dependencies among features
 * (education -> income -> spend, kids reduce spend, rich customers accept more campaigns)
 * make the drivers hard to tell apart from their correlates, as in real data.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRng, randomNormal } from '../server/src/common/random.js';
import { trueResponseProbability } from './ground-truth.js';

export interface DemoRow {
  ID: number;
  Year_Birth: number;
  Education: string;
  Marital_Status: string;
  /** null = blank in the file. */
  Income: number | null;
  Kidhome: number;
  Teenhome: number;
  /** M/D/YYYY, as in the iFood export. */
  Dt_Customer: string;
  Recency: number;
  MntWines: number;
  MntFruits: number;
  MntMeatProducts: number;
  MntFishProducts: number;
  MntSweetProducts: number;
  MntGoldProds: number;
  NumDealsPurchases: number;
  NumWebPurchases: number;
  NumCatalogPurchases: number;
  NumStorePurchases: number;
  NumWebVisitsMonth: number;
  AcceptedCmp1: number;
  AcceptedCmp2: number;
  AcceptedCmp3: number;
  AcceptedCmp4: number;
  AcceptedCmp5: number;
  Complain: number;
  FavouriteColour: string;
  LoyaltyCardDigit: number;
  SignupWeekday: string;
  Response: number;
}

export const DEMO_COLUMNS: readonly (keyof DemoRow)[] = [
  'ID',
  'Year_Birth',
  'Education',
  'Marital_Status',
  'Income',
  'Kidhome',
  'Teenhome',
  'Dt_Customer',
  'Recency',
  'MntWines',
  'MntFruits',
  'MntMeatProducts',
  'MntFishProducts',
  'MntSweetProducts',
  'MntGoldProds',
  'NumDealsPurchases',
  'NumWebPurchases',
  'NumCatalogPurchases',
  'NumStorePurchases',
  'NumWebVisitsMonth',
  'AcceptedCmp1',
  'AcceptedCmp2',
  'AcceptedCmp3',
  'AcceptedCmp4',
  'AcceptedCmp5',
  'Complain',
  'FavouriteColour',
  'LoyaltyCardDigit',
  'SignupWeekday',
  'Response',
];

const EDUCATION: readonly [string, number, number][] = [
  // level, share, median income
  ['Graduation', 0.5, 48_500],
  ['PhD', 0.22, 52_500],
  ['Master', 0.165, 49_500],
  ['2n Cycle', 0.09, 44_500],
  ['Basic', 0.025, 20_000],
];
const MARITAL: readonly [string, number][] = [
  ['Married', 0.386],
  ['Together', 0.259],
  ['Single', 0.214],
  ['Divorced', 0.104],
  ['Widow', 0.034],
  // The junk levels real exports carry.
  ['Alone', 0.0015],
  ['Absurd', 0.001],
  ['YOLO', 0.001],
];
const COLOURS = ['Red', 'Blue', 'Green', 'Yellow', 'Purple', 'Black'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Mean two-year spend per category in the iFood data, for an average-income, childless customer scale. */
const SPEND: readonly [keyof DemoRow, number, number][] = [
  ['MntWines', 300, 1_500],
  ['MntFruits', 26, 200],
  ['MntMeatProducts', 165, 1_725],
  ['MntFishProducts', 37, 260],
  ['MntSweetProducts', 27, 263],
  ['MntGoldProds', 44, 362],
];
const FIRST_SIGNUP = Date.UTC(2012, 6, 30);
const SIGNUP_DAYS = 700;
const DAY_MS = 86_400_000;
const INCOME_BLANK_SHARE = 0.011;

function pick<T>(rng: () => number, table: readonly (readonly [T, number, ...unknown[]])[]): (typeof table)[number] {
  let u = rng();
  for (const entry of table) {
    u -= entry[1];
    if (u < 0) return entry;
  }
  return table[0];
}

/** Knuth's method: the lambdas here are small (< ~15). */
function poisson(rng: () => number, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

const clampInt = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(value)));
const bernoulli = (rng: () => number, p: number) => (rng() < p ? 1 : 0);
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** A stream of demo customers; the same seed gives the same rows in the same order. */
export function createDemoRowSource(seed = 1): () => DemoRow {
  const rng = createRng(seed);
  let id = 0;
  return () => {
    id++;
    const yearBirth = clampInt(1969 + 11.5 * randomNormal(rng), 1940, 1996);
    const [education, , medianIncome] = pick(rng, EDUCATION);
    const age = 2014 - yearBirth;
    const trueIncome = clampInt((medianIncome as number) * Math.exp(0.4 * randomNormal(rng)) * (1 + 0.004 * (age - 45)), 2_000, 160_000);
    const incomeZ = (trueIncome - 52_000) / 21_000;
    const kidhome = Math.min(2, poisson(rng, Math.max(0.05, 0.45 - 0.3 * incomeZ - 0.012 * (age - 45))));
    const teenhome = Math.min(2, poisson(rng, Math.max(0.05, 0.5 + 0.025 * (age - 45))));
    // One latent "spend scale": income drives spend strongly, children cut it.
    const scale = Math.pow(trueIncome / 52_000, 2) * Math.pow(0.3, kidhome) * Math.pow(0.7, teenhome) * Math.exp(0.5 * randomNormal(rng));
    const spend = SPEND.map(([, mean, max]) => clampInt(mean * 1.0 * scale * Math.exp(0.6 * randomNormal(rng) - 0.18), 0, max));
    const activity = Math.sqrt(scale);
    const deals = Math.min(15, poisson(rng, 1.3 + 0.9 * (kidhome + teenhome)));
    const web = Math.min(27, poisson(rng, 1.2 + 3 * activity));
    const catalog = Math.min(28, poisson(rng, 2.6 * Math.pow(scale, 0.7)));
    const store = Math.min(13, 2 + poisson(rng, 1.5 + 2.5 * activity));
    const visits = Math.min(20, poisson(rng, Math.max(0.5, 5.5 - 2 * incomeZ + 1.2 * kidhome)));
    // Earlier campaigns went better with richer customers (so acceptances and income are correlated).
    const acceptRate = (base: number) => sigmoid(base + 0.9 * incomeZ);
    const cmp1 = bernoulli(rng, acceptRate(-3.2));
    const cmp2 = bernoulli(rng, acceptRate(-5.2));
    const cmp3 = bernoulli(rng, sigmoid(-2.6 - 0.2 * incomeZ));
    const cmp4 = bernoulli(rng, acceptRate(-3.2));
    const cmp5 = bernoulli(rng, acceptRate(-3.3));
    const signup = new Date(FIRST_SIGNUP + Math.floor(rng() * SIGNUP_DAYS) * DAY_MS);
    const recency = Math.floor(rng() * 100);
    const income = rng() < INCOME_BLANK_SHARE ? null : trueIncome;
    const row: DemoRow = {
      ID: id,
      Year_Birth: yearBirth,
      Education: education,
      Marital_Status: pick(rng, MARITAL)[0],
      Income: income,
      Kidhome: kidhome,
      Teenhome: teenhome,
      Dt_Customer: `${signup.getUTCMonth() + 1}/${signup.getUTCDate()}/${signup.getUTCFullYear()}`,
      Recency: recency,
      MntWines: spend[0],
      MntFruits: spend[1],
      MntMeatProducts: spend[2],
      MntFishProducts: spend[3],
      MntSweetProducts: spend[4],
      MntGoldProds: spend[5],
      NumDealsPurchases: deals,
      NumWebPurchases: web,
      NumCatalogPurchases: catalog,
      NumStorePurchases: store,
      NumWebVisitsMonth: visits,
      AcceptedCmp1: cmp1,
      AcceptedCmp2: cmp2,
      AcceptedCmp3: cmp3,
      AcceptedCmp4: cmp4,
      AcceptedCmp5: cmp5,
      Complain: bernoulli(rng, 0.009),
      FavouriteColour: COLOURS[Math.floor(rng() * COLOURS.length)],
      LoyaltyCardDigit: Math.floor(rng() * 10),
      SignupWeekday: WEEKDAYS[signup.getUTCDay()],
      Response: 0,
    };
    row.Response = bernoulli(rng, trueResponseProbability(row));
    return row;
  };
}

export function generateDemoRows(n = 2000, seed = 1): DemoRow[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`generateDemoRows: n must be a whole number >= 0, got ${n}.`);
  const next = createDemoRowSource(seed);
  const rows: DemoRow[] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = next();
  return rows;
}

export function demoCsvHeader(): string {
  return DEMO_COLUMNS.join(',');
}

/** No demo value contains a comma, quote or newline, so no quoting is needed. */
export function demoCsvLine(row: DemoRow): string {
  let line = '';
  for (let c = 0; c < DEMO_COLUMNS.length; c++) {
    const value = row[DEMO_COLUMNS[c]];
    if (c > 0) line += ',';
    if (value !== null) line += value;
  }
  return line;
}

export interface DemoCsvOptions {
  rows?: number;
  seed?: number;
}

/** Streams the demo CSV to `path`, waiting for the file to drain so memory stays flat at any size. */
export async function writeDemoCsv(path: string, options: DemoCsvOptions = {}): Promise<void> {
  const rows = options.rows ?? 2000;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(rows) || rows < 0) throw new Error(`writeDemoCsv: rows must be a whole number >= 0, got ${rows}.`);
  const out = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const failed = once(out, 'error').then(([error]) => {
    throw error;
  });
  failed.catch(() => undefined);
  const next = createDemoRowSource(seed);
  // Batching lines into ~1,000-row chunks keeps the number of write() calls (the costly part) low.
  const batch = 1000;
  let chunk = demoCsvHeader() + '\n';
  for (let i = 0; i < rows; i++) {
    chunk += demoCsvLine(next()) + '\n';
    if ((i + 1) % batch === 0 || i === rows - 1) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
      chunk = '';
    }
  }
  if (chunk.length > 0) out.write(chunk);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}
