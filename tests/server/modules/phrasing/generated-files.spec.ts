/**
 * The wording generalises beyond iFood and the demo data: a bank-style and a retail-style
 * customer file, generated here (seeded, nothing stored), go through the importer's column
 * inference (kinds, labels, units, levels) and the phrasing model's inference, and every
 * column is worded for every bound that fits its kind (0, 1, 2+, open lower, open upper,
 * both; one level, several; yes, no) in all four languages. No sentence may carry a template
 * seam, a raw column name, a number where a word belongs, or a singular/plural mismatch.
 */
import { describe, expect, it } from 'vitest';
import { ColumnProfiler } from '../../../../server/src/modules/datasets/import/column-inference.js';
import type { ColumnProfile } from '../../../../server/src/modules/datasets/import/column-profile.js';
import { conditionClause, whoSentence, type Feature } from '../../../../server/src/modules/phrasing/phrase.js';
import { differencePhrase } from '../../../../server/src/modules/phrasing/phrase-difference.js';
import { inferPhrasing } from '../../../../server/src/modules/phrasing/phrasing.js';
import { LOCALES } from '../../../../server/src/modules/phrasing/locale.js';

/** A small seeded generator (mulberry32), so the files are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Column = [name: string, value: (r: () => number, i: number) => string];
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: () => number, lo: number, hi: number) => String(lo + Math.floor(r() * (hi - lo + 1)));
const day = (r: () => number, from: string, days: number) =>
  new Date(Date.parse(from) + Math.floor(r() * days) * 86_400_000).toISOString().slice(0, 10);

const BANK: Column[] = [
  ['client_id', (_, i) => `C${100000 + i}`],
  ['age', (r) => int(r, 18, 95)],
  ['job', (r) => pick(r, ['admin.', 'blue-collar', 'management', 'retired', 'student', 'technician'])],
  ['marital', (r) => pick(r, ['married', 'single', 'divorced'])],
  ['education', (r) => pick(r, ['primary', 'secondary', 'tertiary', 'unknown'])],
  ['default', (r) => pick(r, ['no', 'no', 'no', 'yes'])],
  ['balance', (r) => int(r, -2000, 60000)],
  ['housing', (r) => pick(r, ['yes', 'no'])],
  ['loan', (r) => pick(r, ['yes', 'no', 'no'])],
  ['duration', (r) => int(r, 0, 3000)],
  ['campaign', (r) => int(r, 1, 40)],
  ['previous', (r) => int(r, 0, 20)],
  ['y', (r) => pick(r, ['no', 'no', 'no', 'yes'])],
];

const RETAIL: Column[] = [
  ['CustomerID', (_, i) => String(5000 + i)],
  ['Year_Of_Birth', (r) => int(r, 1940, 2004)],
  ['Gender', (r) => pick(r, ['Female', 'Male', 'Other'])],
  ['Marital_Status', (r) => pick(r, ['Married', 'Single', 'Together', 'Divorced'])],
  ['Children_At_Home', (r) => int(r, 0, 4)],
  ['Num_Orders', (r) => int(r, 0, 60)],
  ['Num_Returns', (r) => int(r, 0, 8)],
  ['Mnt_Electronics', (r) => int(r, 0, 4000)],
  ['Amount_Spent_On_Clothes', (r) => int(r, 0, 2500)],
  ['Annual_Income', (r) => int(r, 12000, 180000)],
  ['Days_Since_Last_Order', (r) => int(r, 0, 365)],
  ['Signup_Date', (r) => day(r, '2015-01-01', 3000)],
  ['Discount_Pct', (r) => (r() * 60).toFixed(1)],
  ['Loyalty_Member', (r) => pick(r, ['Yes', 'No'])],
  ['Preferred_Channel', (r) => pick(r, ['Web', 'Store', 'App', 'Phone'])],
  ['Responded', (r) => pick(r, ['0', '0', '0', '1'])],
];

function importFile(columns: Column[], rows: number, seed: number): ColumnProfile[] {
  const r = random(seed);
  const profiler = new ColumnProfiler(columns.map(([name]) => name));
  for (let i = 0; i < rows; i++) profiler.addRow(columns.map(([, value]) => value(r, i)));
  return profiler.finalize().columns;
}

function featureOf(c: ColumnProfile): Feature | null {
  if (c.kind === 'IDENTIFIER' || c.kind === 'IGNORED' || c.isTarget) return null;
  const levels = c.topLevels.map((l) => l.value);
  return {
    feature: c.name,
    label: c.label,
    kind: c.kind,
    unit: c.unit,
    phrasing: inferPhrasing({ name: c.name, label: c.label, kind: c.kind, unit: c.unit, min: c.min, max: c.max, levels }),
  };
}

type Bound = { min: number | null; max: number | null; levels: string[] | null };

/** Every bound that fits the column: numbers 0, 1, 2+, open lower, open upper, both; levels one, several; yes, no. */
function boundsOf(c: ColumnProfile): [string, Bound][] {
  const none = { min: null, max: null };
  if (c.kind === 'BINARY') return (c.levels ?? []).map((level) => [`= ${level}`, { ...none, levels: [level] }]);
  if (c.kind === 'CATEGORICAL') {
    const levels = c.topLevels.map((l) => l.value);
    return [
      ['one level', { ...none, levels: levels.slice(0, 1) }],
      ['several levels', { ...none, levels: levels.slice(0, 3) }],
    ];
  }
  const lo = c.min ?? 0;
  const hi = c.max ?? 100;
  const mid = Math.round((lo + hi) / 2);
  const quarter = Math.round(lo + (hi - lo) / 4);
  const numbers: [string, Bound][] = [
    ['open lower', { min: null, max: mid, levels: null }],
    ['open upper', { min: mid, max: null, levels: null }],
    ['both', { min: quarter, max: mid, levels: null }],
  ];
  if (c.kind === 'NUMERIC' && lo <= 0)
    numbers.unshift(
      ['0', { min: null, max: 0, levels: null }],
      ['1', { min: null, max: 1, levels: null }],
      ['2+', { min: 2, max: null, levels: null }],
    );
  return numbers;
}

/** What a manager could not paste: seams, raw names, figures where words belong, plural/verb mismatches. */
function problems(text: string, rawNames: readonly string[]): string[] {
  const found: string[] = [];
  if (/undefined|NaN|null|\[object|\{|\}/.test(text)) found.push('template seam');
  if (/\s{2,}|\s[.,;:]|\.\.|,,/.test(text)) found.push('spacing seam');
  if (/\b(with|who|whose) (with|who|whose)\b|\band with\b/.test(text)) found.push('clause seam');
  if (/\b1 (?!vs\b)[a-z]+s\b/.test(text)) found.push('"1" with a plural');
  if (/\b(no|[2-9]|\d{2,}) [a-z]+ (at|in|on|per) [a-z]+ is\b/.test(text)) found.push('plural with "is"');
  if (/at (most|least) 0\b|up to 0\b/.test(text)) found.push('"at most 0"');
  for (const name of rawNames) if (new RegExp(`\\b${name}\\b`).test(text)) found.push(`raw name ${name}`);
  return found;
}

describe.each([
  ['bank-style file', BANK, 11],
  ['retail-style file', RETAIL, 29],
])('a generated %s through the phrasing model', (_file, columns, seed) => {
  const profiles = importFile(columns, 400, seed);
  // Names the file writes that a manager should never read: with underscores or inner capitals.
  const rawNames = profiles.map((c) => c.name).filter((n) => /_|[a-z][A-Z]/.test(n));

  it('words every column for every bound, in every language, with nothing a manager could not paste', () => {
    const table: string[] = [];
    const bad: string[] = [];
    for (const c of profiles) {
      const feature = featureOf(c);
      if (!feature) continue;
      for (const [boundName, bound] of boundsOf(c)) {
        for (const locale of LOCALES) {
          const sentence = whoSentence([conditionClause(feature, bound, { locale, currency: 'EUR' })], locale);
          if (locale === 'en') table.push(`${c.name} (${feature.phrasing!.kind}) ${boundName}: ${sentence}`);
          for (const p of problems(sentence, rawNames)) bad.push(`${locale} ${c.name} ${boundName}: ${p}: ${sentence}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(table.join('\n')).toMatchSnapshot();
  });

  it('compares a group with everyone else for every column', () => {
    const table: string[] = [];
    for (const c of profiles) {
      const feature = featureOf(c);
      if (!feature) continue;
      const level = c.topLevels[0]?.value;
      const lo = c.min ?? 0;
      const hi = c.max ?? 10;
      for (const direction of ['higher', 'lower'] as const) {
        const [group, rest] =
          direction === 'higher' ? [hi * 0.6 + lo * 0.4, (lo + hi) / 2 - (hi - lo) / 10] : [lo + (hi - lo) / 4, (lo + hi) / 2];
        const phrase =
          c.kind === 'CATEGORICAL' || c.kind === 'BINARY'
            ? differencePhrase(feature, {
                direction,
                strong: false,
                shares: { group: 0.4, rest: 0.2 },
                ...(c.kind === 'CATEGORICAL' ? { level } : {}),
              })
            : differencePhrase(
                feature,
                { direction, strong: direction === 'higher', figures: { stat: 'median', group, rest } },
                { currency: 'EUR' },
              );
        table.push(`${c.name} ${direction}: they ${phrase}`);
        expect(problems(phrase, rawNames), `${c.name}: ${phrase}`).toEqual([]);
      }
    }
    expect(table.join('\n')).toMatchSnapshot();
  });
});
