/**
 * Recency / Frequency / Monetary features derived from whatever a dataset calls them.
 * Detection goes by column names because exports differ (iFood: `Recency`, `Num*Purchases`,
 * `Mnt*`; bank: `pdays`, `previous`, `balance`); every choice can be overridden.
 */
import { isCategorical, type FeatureTable, type NumericFeature } from '../training/data/feature-table.js';

export interface RfmConfig {
  /** Column holding "days since the last purchase/contact"; null = no recency. */
  recency?: string | null;
  /** Purchase-count columns summed into Frequency; [] = no frequency. */
  frequency?: string[];
  /** Spend columns summed into Monetary; [] = no monetary. */
  monetary?: string[];
  /** What a negative recency ("never") becomes; fitted on the data when omitted (kept for new customers). */
  recencyForNever?: number;
}

export interface RfmSources {
  recency: string | null;
  frequency: string[];
  monetary: string[];
  recencyForNever: number | null;
}

export interface RfmFeatures {
  /** Derived NUMERIC features named `Recency`, `Frequency`, `Monetary` (those found). */
  table: FeatureTable;
  featureNames: string[];
  sources: RfmSources;
}

export const RFM_NAMES = { recency: 'Recency', frequency: 'Frequency', monetary: 'Monetary' } as const;

const RECENCY = [/^recency$/i, /^days?_?since/i, /^pdays$/i, /last_?(purchase|order|visit|contact)/i, /recency/i];
// Deal purchases are a discount overlay on the channel counts (iFood): summing them too would double count.
const FREQUENCY = [/^num.*purchases?$/i, /purchases?|orders?|transactions?|frequency/i];
const FREQUENCY_EXCLUDE = /visit|deal|discount/i;
const FREQUENCY_FALLBACK = [/^previous$/i];
const MONETARY = [/^mnt/i, /spend|spent|amount|revenue|sales|monetary/i];
const MONETARY_FALLBACK = [/balance/i];

function numericNames(table: FeatureTable): string[] {
  return table.features.filter((f) => !isCategorical(f) && f.kind !== 'BINARY').map((f) => f.name);
}

function firstMatching(names: string[], patterns: RegExp[]): string | null {
  for (const p of patterns) {
    const hit = names.find((n) => p.test(n));
    if (hit) return hit;
  }
  return null;
}

function allMatching(names: string[], patterns: RegExp[], exclude?: RegExp): string[] {
  for (const p of patterns) {
    const hits = names.filter((n) => p.test(n) && !(exclude && exclude.test(n)));
    if (hits.length > 0) return hits;
  }
  return [];
}

/** The columns each RFM part is built from: configured ones win, the rest are detected. */
export function detectRfmColumns(table: FeatureTable, config: RfmConfig = {}): RfmSources {
  const names = numericNames(table);
  const check = (name: string) => {
    const f = table.features.find((x) => x.name === name);
    if (!f) throw new Error(`RFM column "${name}" is not in the dataset.`);
    if (isCategorical(f)) throw new Error(`RFM column "${name}" is categorical; RFM needs numeric columns.`);
  };
  const recency = config.recency !== undefined ? config.recency : firstMatching(names, RECENCY);
  const frequency = config.frequency ?? allMatching(names, FREQUENCY, FREQUENCY_EXCLUDE);
  const monetary = config.monetary ?? allMatching(names, MONETARY);
  const sources: RfmSources = {
    recency,
    frequency: frequency.length > 0 || config.frequency ? frequency : allMatching(names, FREQUENCY_FALLBACK),
    monetary: monetary.length > 0 || config.monetary ? monetary : allMatching(names, MONETARY_FALLBACK),
    recencyForNever: null,
  };
  [sources.recency, ...sources.frequency, ...sources.monetary].forEach((n) => n !== null && check(n));
  return sources;
}

export function hasRfm(sources: RfmSources): boolean {
  return sources.recency !== null || sources.frequency.length > 0 || sources.monetary.length > 0;
}

function column(table: FeatureTable, name: string): Float64Array {
  return (table.features.find((f) => f.name === name) as NumericFeature).values;
}

/** Row sums that skip missing parts; a row with every part missing stays missing. */
function sumColumns(table: FeatureTable, names: string[]): Float64Array {
  const out = new Float64Array(table.rowCount).fill(NaN);
  for (const name of names) {
    const v = column(table, name);
    for (let i = 0; i < out.length; i++) {
      if (Number.isNaN(v[i])) continue;
      out[i] = Number.isNaN(out[i]) ? v[i] : out[i] + v[i];
    }
  }
  return out;
}

/**
 * Recency as given, except negative values: exports use -1 for "never" (bank `pdays`), which
 * is the *least* recent, so it becomes one more than the largest observed value.
 */
function recencyValues(table: FeatureTable, name: string, never?: number): { values: Float64Array; never: number } {
  const v = column(table, name);
  let max = 0;
  for (const x of v) if (x > max) max = x;
  const replacement = never ?? max + 1;
  return { values: Float64Array.from(v, (x) => (x < 0 ? replacement : x)), never: replacement };
}

export function buildRfmFeatures(table: FeatureTable, config: RfmConfig = {}): RfmFeatures {
  const sources = detectRfmColumns(table, config);
  if (!hasRfm(sources)) {
    throw new Error(
      'No RFM columns found: no recency column (e.g. "Recency", "days_since_last_purchase", "pdays"), ' +
        'no purchase counts (e.g. "NumStorePurchases", "orders") and no spend (e.g. "MntWines", "amount", "balance"). ' +
        'Name the columns in the RFM settings, or segment on chosen columns (feature set CUSTOM) or the top drivers instead.',
    );
  }
  const features: NumericFeature[] = [];
  if (sources.recency !== null) {
    const recency = recencyValues(table, sources.recency, config.recencyForNever);
    sources.recencyForNever = recency.never;
    features.push({ name: RFM_NAMES.recency, kind: 'NUMERIC', values: recency.values });
  }
  if (sources.frequency.length > 0)
    features.push({ name: RFM_NAMES.frequency, kind: 'NUMERIC', values: sumColumns(table, sources.frequency) });
  if (sources.monetary.length > 0)
    features.push({ name: RFM_NAMES.monetary, kind: 'NUMERIC', values: sumColumns(table, sources.monetary) });
  return { table: { rowCount: table.rowCount, features }, featureNames: features.map((f) => f.name), sources };
}
