/**
 * Short human names and descriptions for segments from where they sit on recency,
 * frequency and monetary value ("Recent big spenders", "Lapsed one-time buyers"), unique
 * within a segmentation; segments of data without RFM columns are named from the
 * features that set them apart.
 */
import type { FeatureTable, NumericFeature } from '../training/data/feature-table.js';
import type { FeatureProfile, SegmentProfile } from './profiles.js';
import { RFM_NAMES } from './rfm.js';
import { median, presentSorted } from './scaling.js';
import { formatPercentIn } from '../phrasing/locale-format.js';
import { eventIn } from '../phrasing/lexicon.js';
import { formatAmount, formatValue, message, phrasingOf } from '../phrasing/phrase.js';
import { differencePhrase, featureOf, isMaterial, joinDifferences, namePhrase, type ColumnWords } from './segment-text.js';

export type Level = 'low' | 'mid' | 'high';

const isRfm = (name: string) => name === RFM_NAMES.recency || name === RFM_NAMES.frequency || name === RFM_NAMES.monetary;

export interface RfmPosition {
  /** Percentile (0..1) of the segment's median among all customers; null when the part is absent. */
  recency: number | null;
  frequency: number | null;
  monetary: number | null;
  /** The segment's median purchase count (tells one-time buyers from occasional ones). */
  frequencyMedian: number | null;
}

/**
 * Thresholds on the segment median's percentile. "High" starts a little nearer the middle
 * than "low" does: with four equal segments the second-best one (percentile 0.625) is
 * clearly above the typical customer and reads wrong as "mid".
 */
export function levelOf(percentile: number | null): Level | null {
  if (percentile === null || Number.isNaN(percentile)) return null;
  return percentile < 0.35 ? 'low' : percentile > 0.6 ? 'high' : 'mid';
}

/** Mid-rank percentile of `value` in ascending `sorted`. */
function percentileOf(sorted: Float64Array, value: number): number {
  let below = 0;
  let equal = 0;
  for (const x of sorted) {
    if (x < value) below++;
    else if (x === value) equal++;
  }
  return sorted.length > 0 ? (below + equal / 2) / sorted.length : NaN;
}

/** Where each segment's median sits on the RFM features of `rfm` (a table from buildRfmFeatures). */
export function rfmPositions(rfm: FeatureTable | null, labels: Int32Array, k: number): RfmPosition[] {
  const part = (name: string) => (rfm?.features.find((f) => f.name === name) as NumericFeature | undefined)?.values ?? null;
  const parts = { recency: part(RFM_NAMES.recency), frequency: part(RFM_NAMES.frequency), monetary: part(RFM_NAMES.monetary) };
  const positions: RfmPosition[] = Array.from({ length: k }, () => ({
    recency: null,
    frequency: null,
    monetary: null,
    frequencyMedian: null,
  }));
  for (const key of ['recency', 'frequency', 'monetary'] as const) {
    const values = parts[key];
    if (!values) continue;
    const all = presentSorted(values);
    for (let s = 0; s < k; s++) {
      const seg: number[] = [];
      labels.forEach((l, i) => l === s && seg.push(values[i]));
      const segmentMedian = median(presentSorted(seg));
      positions[s][key] = percentileOf(all, segmentMedian);
      if (key === 'frequency') positions[s].frequencyMedian = segmentMedian;
    }
  }
  return positions;
}

type Adjective = 'recent' | 'lapsed' | 'loyal' | 'occasional' | 'steady';
type Noun = 'big' | 'mid' | 'low' | 'oneTime' | 'frequent' | 'occasional' | 'regular' | 'customers';

interface Candidate {
  word: Adjective;
  strength: number;
}

function rfmName(p: RfmPosition): { noun: Noun; adjectives: Adjective[] } | null {
  const r = levelOf(p.recency);
  const f = levelOf(p.frequency);
  const m = levelOf(p.monetary);
  if (!r && !f && !m) return null;
  let noun: Noun;
  const oneTime = f === 'low' && p.frequencyMedian !== null && p.frequencyMedian <= 1;
  if (m) noun = m === 'high' ? 'big' : m === 'mid' ? 'mid' : oneTime ? 'oneTime' : 'low';
  else if (f) noun = f === 'high' ? 'frequent' : oneTime ? 'oneTime' : f === 'low' ? 'occasional' : 'regular';
  else noun = 'customers';
  const candidates: Candidate[] = [];
  // Low recency = few days since the last purchase = recent.
  if (r === 'low') candidates.push({ word: 'recent', strength: 0.5 - p.recency! });
  if (r === 'high') candidates.push({ word: 'lapsed', strength: p.recency! - 0.5 });
  // Loyal means buying often AND lately: a segment whose last purchases are old is never called loyal.
  if (f === 'high' && m && r !== 'high') candidates.push({ word: 'loyal', strength: p.frequency! - 0.5 });
  if (f === 'low' && m && noun !== 'oneTime') candidates.push({ word: 'occasional', strength: 0.5 - p.frequency! });
  if (!m && f && r === 'mid') candidates.push({ word: 'steady', strength: 0 });
  return { noun, adjectives: candidates.sort((a, b) => b.strength - a.strength).map((c) => c.word) };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The features that set a segment apart and that differ materially, RFM parts left out. */
function distinctiveFeatures(profile: SegmentProfile, words?: ColumnWords): FeatureProfile[] {
  return profile.distinctive
    .filter((name) => !isRfm(name))
    .map((name) => profile.features.find((f) => f.feature === name)!)
    .filter((f) => isMaterial(f, words));
}

/** One name per segment, unique: more adjectives, then a distinctive feature, then a number. */
export function nameSegments(positions: RfmPosition[], profiles: SegmentProfile[], words?: ColumnWords): string[] {
  const locale = words?.locale ?? 'en';
  const phrase = (f: FeatureProfile) => namePhrase(f, words);
  const options = positions.map((p, s): string[] => {
    const byFeature = distinctiveFeatures(profiles[s], words);
    const rfm = rfmName(p);
    if (!rfm) {
      const top = byFeature.slice(0, 2).map(phrase);
      if (top.length === 0) return [message('name.segment', { n: s + 1 }, locale)];
      return [
        capitalise(top[0]),
        capitalise(top.length > 1 ? message('name.twoFeatures', { first: top[0], second: top[1] }, locale) : top[0]),
      ];
    }
    const [first, second] = rfm.adjectives;
    const name = (adjectives: (Adjective | undefined)[]) =>
      capitalise(message('name.rfm', { first: adjectives[0] ?? 'none', second: adjectives[1] ?? 'none', noun: rfm.noun }, locale));
    const out = [name([first])];
    if (second) out.push(name([first, second]));
    if (byFeature[0]) out.push(message('name.withFeature', { name: out[out.length - 1], feature: phrase(byFeature[0]) }, locale));
    return out;
  });
  const names = options.map((o) => o[0]);
  for (let round = 1; round < 4; round++) {
    const counts = new Map<string, number>();
    names.forEach((n) => counts.set(n, (counts.get(n) ?? 0) + 1));
    names.forEach((n, s) => {
      if (counts.get(n)! > 1 && options[s][round]) names[s] = options[s][round];
    });
  }
  const seen = new Map<string, number>();
  return names.map((n) => {
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    return count === 1 ? n : message('name.numbered', { name: n, n: count }, locale);
  });
}

/** The segment's medians of recency, purchases and spend, each beside all customers' ("last bought 9 days ago (all customers: 49 days)"). */
function rfmMedians(profile: SegmentProfile, words?: ColumnWords): string[] {
  const find = (name: string) => {
    const f = profile.features.find((x) => x.feature === name);
    return f?.kind === 'NUMERIC' ? f : undefined;
  };
  const locale = words?.locale ?? 'en';
  const ctx = { currency: words?.currency ?? null, locale };
  const parts: string[] = [];
  const r = find(RFM_NAMES.recency);
  const f = find(RFM_NAMES.frequency);
  const m = find(RFM_NAMES.monetary);
  if (r) {
    const p = phrasingOf(featureOf(r, words));
    const show = (x: number) => formatValue(x, p.kind === 'DURATION' ? p : { kind: 'DURATION', unit: 'day' }, ctx);
    const event = p.event ? eventIn(p.event, locale) : { event: 'none', past: 'none' };
    parts.push(message('segment.median.recency', { ...event, group: show(r.median), all: show(r.overallMedian) }, locale));
  }
  if (f) parts.push(message('segment.median.frequency', { group: f.median, all: f.overallMedian }, locale));
  if (m)
    parts.push(message('segment.median.monetary', { group: formatAmount(m.median, ctx), all: formatAmount(m.overallMedian, ctx) }, locale));
  return parts;
}

/**
 * "1,086 customers (54.3 %): median last bought 51 days ago (all customers: 48 days), 13
 * purchases (10), spend 630 (274). Compared with all customers, they have fewer children at
 * home (on average 0.12 vs 0.44), earn more a year (median 71,000 vs 51,000) and have more
 * purchases from the catalogue (median 5 vs 2)." Only material differences are named.
 */
export function describeSegment(size: number, share: number, profile: SegmentProfile, words?: ColumnWords): string {
  const locale = words?.locale ?? 'en';
  const head = message('segment.size', { size, share: formatPercentIn(share, locale) }, locale);
  const medians = rfmMedians(profile, words);
  const first =
    medians.length > 0
      ? message('segment.withMedians', { head, parts: medians.join(', ') }, locale)
      : message('segment.plain', { head }, locale);
  const standOut = distinctiveFeatures(profile, words)
    .slice(0, 3)
    .map((f) => differencePhrase(f, words));
  const second =
    standOut.length > 0
      ? message('segment.compared', { differences: joinDifferences(standOut, locale) }, locale)
      : message('segment.alike', {}, locale);
  return `${first} ${second}`;
}
