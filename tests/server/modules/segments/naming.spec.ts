import { describe, expect, it } from 'vitest';
import { humanise } from '../../../../server/src/modules/segments/briefs.js';
import { levelOf, nameSegments, type RfmPosition } from '../../../../server/src/modules/segments/naming.js';
import type { SegmentProfile } from '../../../../server/src/modules/segments/profiles.js';

const pos = (recency: number | null, frequency: number | null, monetary: number | null, frequencyMedian: number | null = 5): RfmPosition => ({ recency, frequency, monetary, frequencyMedian });
const empty: SegmentProfile = { features: [], distinctive: [] };
const profileWith = (feature: string, d: number): SegmentProfile => ({
  features: [{ feature, kind: 'NUMERIC', mean: 0, median: 0, overallMean: 0, overallMedian: 0, standardisedDifference: d }],
  distinctive: [feature],
});

describe('segment names', () => {
  it('reads the RFM position', () => {
    expect(levelOf(0.1)).toBe('low');
    expect(levelOf(0.5)).toBe('mid');
    expect(levelOf(0.9)).toBe('high');
    const names = nameSegments([pos(0.1, 0.6, 0.9), pos(0.9, 0.1, 0.1, 1), pos(0.5, 0.9, 0.5)], [empty, empty, empty]);
    expect(names).toEqual(['Recent big spenders', 'Lapsed one-time buyers', 'Loyal mid spenders']);
  });

  it('keeps names unique: more adjectives, then a distinctive feature, then a number', () => {
    const names = nameSegments(
      [pos(0.1, 0.9, 0.9), pos(0.2, 0.5, 0.9), pos(0.2, 0.5, 0.9), pos(0.2, 0.5, 0.9)],
      [empty, profileWith('Income', 1.2), profileWith('Kidhome', -0.8), empty],
    );
    expect(new Set(names).size).toBe(4);
    expect(names[0]).toBe('Recent loyal big spenders');
    expect(names[1]).toBe('Recent big spenders (high Income)');
    expect(names[2]).toBe('Recent big spenders (low Kidhome)');
  });

  it('without RFM columns, names come from the distinctive features', () => {
    const names = nameSegments([pos(null, null, null), pos(null, null, null)], [profileWith('age', 1.1), empty]);
    expect(names).toEqual(['High age', 'Segment 2']);
  });

  it('humanises spend and channel column names for briefs', () => {
    expect(humanise('MntMeatProducts')).toBe('meat');
    expect(humanise('MntGoldProds')).toBe('gold');
    expect(humanise('NumCatalogPurchases')).toBe('catalog');
    expect(humanise('MntSweetProducts')).toBe('sweet');
  });
});
