/**
 * Classic RFM scores on a hand-made file (tests/fixtures/csv/rfm-scores.csv): 20 customers whose
 * recency is 1..20 days, purchase counts 1 (x3), 3 (x5, a tie across the 4th/5th place), 5, 8
 * and 12 (x4 each), and spend with one tie, so every quintile and every segment is known by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadCsv, repoRoot } from '../../../helpers/datasets.js';
import type { NumericFeature } from '../../../../server/src/modules/training/data/feature-table.js';
import { takeRows } from '../../../../server/src/modules/training/data/feature-table.js';
import { segmentCustomers } from '../../../../server/src/modules/segments/segment-customers.js';
import { assignCustomers } from '../../../../server/src/modules/segments/segment-assign.js';
import { quintileScores, rfmSegmentOf, RFM_SEGMENT_NAMES, scoreRfm } from '../../../../server/src/modules/segments/rfm-scores.js';

const { table, y } = loadCsv(`${repoRoot}/tests/fixtures/csv/rfm-scores.csv`, { target: 'Response' });
const column = (name: string) => (table.features.find((f) => f.name === name) as NumericFeature).values;

// By hand: recency 1-4 days -> R 5, 5-8 -> 4, ..., 17-20 -> 1.
const R = [5, 5, 5, 5, 4, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1];
// Purchase counts 1 -> 1, 3 -> 2 (all five share it), 5 -> 3, 8 -> 4, 12 -> 5.
const F = [5, 4, 2, 1, 5, 3, 1, 2, 4, 3, 2, 2, 5, 4, 2, 3, 1, 5, 4, 3];
// Spend 5..20 -> 1, 30..90 -> 2, 100..120 (110 twice) -> 3, 200..350 -> 4, 400..600 -> 5.
const M = [5, 5, 2, 1, 5, 3, 1, 2, 4, 3, 2, 2, 4, 4, 1, 3, 1, 5, 4, 3];
const NAMES = [
  'Champions',
  'Champions',
  'Potential loyalists',
  'New customers',
  'Loyal customers',
  'Potential loyalists',
  'Promising',
  'Potential loyalists',
  'Loyal customers',
  'Need attention',
  'About to sleep',
  'About to sleep',
  'Cannot lose them',
  'At risk',
  'Hibernating',
  'At risk',
  'Lost',
  'Cannot lose them',
  'At risk',
  'At risk',
];

describe('RFM quintile scores', () => {
  it('scores each part 1-5 by quintile, equal values sharing a score, recency reversed', () => {
    const scored = scoreRfm({ recency: column('Recency'), frequency: column('NumStorePurchases'), monetary: column('MntWines') });
    expect([...scored.r]).toEqual(R);
    expect([...scored.f]).toEqual(F);
    expect([...scored.m!]).toEqual(M);
    expect(scored.segment).toEqual(NAMES);
  });

  it('gives equal values one score and a missing value none (scored 1 later)', () => {
    const { scores, cuts } = quintileScores([7, 7, 7, 7, 7, 7, 1, 2, NaN, 9]);
    expect(scores[0]).toBe(scores[5]);
    expect(scores[8]).toBe(0);
    expect(cuts.every((c, i) => i === 0 || c === null || cuts[i - 1] === null || c >= cuts[i - 1]!)).toBe(true);
  });

  it('maps every R x F cell to one of the eleven named segments (old purchases are never loyal)', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) seen.add(rfmSegmentOf(r, f));
    expect([...seen].sort()).toEqual([...RFM_SEGMENT_NAMES].sort());
    for (let f = 1; f <= 5; f++) for (const r of [1, 2]) expect(rfmSegmentOf(r, f)).not.toMatch(/loyal|champion/i);
  });
});

describe('segmentCustomers with RFM_SCORES', () => {
  const campaigns = [{ column: 'Response', values: Float64Array.from(y) }];
  const result = segmentCustomers(table, campaigns, { algorithm: 'RFM_SCORES' });

  it('puts every customer in exactly one named segment, in the usual order', () => {
    expect(result.algorithm).toBe('RFM_SCORES');
    expect(result.noiseCustomers).toBe(0);
    expect([...result.labels].every((l) => l >= 0 && l < result.k)).toBe(true);
    expect(result.segments.reduce((s, x) => s + x.size, 0)).toBe(20);
    expect(result.segments.map((s) => s.name)).toEqual([...RFM_SEGMENT_NAMES]);
    expect([...result.labels].map((l) => result.segments[l].name)).toEqual(NAMES);
    expect(result.segments.find((s) => s.name === 'At risk')!.size).toBe(4);
    expect(result.segments[0].description).toMatch(/^R 5, F 4-5/);
    expect(result.choiceReason).toMatch(/quintile/);
  });

  it('counts the R x F grid and each segment’s response from the file', () => {
    expect(result.rfmGrid).toHaveLength(25);
    const cell = (r: number, f: number) => result.rfmGrid.find((c) => c.recency === r && c.frequency === f)!;
    R.forEach((r, i) => expect(cell(r, F[i]).name).toBe(NAMES[i]));
    expect(cell(1, 4).customers).toBe(1);
    expect(cell(3, 2).customers).toBe(2);
    expect(result.rfmGrid.reduce((s, c) => s + c.customers, 0)).toBe(20);
    const champions = result.segments.find((s) => s.name === 'Champions')!;
    expect(champions.campaigns[0]).toMatchObject({ responded: 2, total: 2, rate: 1 });
  });

  it('gives segments under 30 customers no campaign advice built on their response rates, and warns', () => {
    for (const seg of result.segments) {
      const offer = seg.brief.split('\n').find((l) => l.startsWith('Offer:'))!;
      expect(offer).toMatch(
        new RegExp(
          `^Offer: too few customers to tell which past campaigns worked for them \\(only ${seg.size} customers? in this segment\\)`,
        ),
      );
      expect(offer).not.toMatch(/%/);
    }
    expect(result.warnings.join(' ')).toMatch(/11 segments have fewer than 30 customers: too few to tell/);
  });

  it('places new customers with the stored cut points, as the run placed them', () => {
    const model = JSON.parse(JSON.stringify(result.model));
    const rows = [0, 3, 6, 16, 19];
    expect([...assignCustomers(model, takeRows(table, rows))]).toEqual(rows.map((r) => result.labels[r]));
  });
});
