import { describe, expect, it } from 'vitest';
import { humanise } from '../../../../server/src/modules/segments/briefs.js';
import { describeSegment, levelOf, nameSegments, type RfmPosition } from '../../../../server/src/modules/segments/naming.js';
import type { FeatureProfile, SegmentProfile } from '../../../../server/src/modules/segments/profiles.js';
import { differencePhrase, joinDifferences, namePhrase } from '../../../../server/src/modules/segments/segment-text.js';

const pos = (
  recency: number | null,
  frequency: number | null,
  monetary: number | null,
  frequencyMedian: number | null = 5,
): RfmPosition => ({ recency, frequency, monetary, frequencyMedian });
const empty: SegmentProfile = { features: [], distinctive: [] };
/** A profile whose one feature differs by d standard deviations (median 40 + 10 d vs 40). */
const profileWith = (feature: string, d: number): SegmentProfile => ({
  features: [
    { feature, kind: 'NUMERIC', mean: 40 + 10 * d, median: 40 + 10 * d, overallMean: 40, overallMedian: 40, standardisedDifference: d },
  ],
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

  it('never calls a segment with old last purchases loyal', () => {
    const names = nameSegments([pos(0.95, 0.9, 0.9), pos(0.5, 0.9, 0.9)], [empty, empty]);
    expect(names[0]).toBe('Lapsed big spenders');
    expect(names[1]).toBe('Loyal big spenders');
  });

  it('keeps names unique: more adjectives, then a distinctive feature, then a number', () => {
    const names = nameSegments(
      [pos(0.1, 0.9, 0.9), pos(0.2, 0.5, 0.9), pos(0.2, 0.5, 0.9), pos(0.2, 0.5, 0.9)],
      [empty, profileWith('Income', 1.2), profileWith('Kidhome', -0.8), empty],
    );
    expect(new Set(names).size).toBe(4);
    expect(names[0]).toBe('Recent loyal big spenders');
    expect(names[1]).toBe('Recent big spenders (high yearly household income)');
    expect(names[2]).toBe('Recent big spenders (fewer children at home)');
  });

  it('without RFM columns, names come from the distinctive features', () => {
    const names = nameSegments([pos(null, null, null), pos(null, null, null)], [profileWith('age', 1.1), empty]);
    expect(names).toEqual(['Older', 'Segment 2']);
  });

  it('humanises spend and channel column names for briefs', () => {
    expect(humanise('MntMeatProducts')).toBe('meat');
    expect(humanise('MntGoldProds')).toBe('gold');
    expect(humanise('NumCatalogPurchases')).toBe('catalog');
    expect(humanise('MntSweetProducts')).toBe('sweet');
  });

  it('says how a segment differs in words, with the column labels', () => {
    const words = {
      labels: {
        Kidhome: 'Children at home',
        Income: 'Yearly household income',
        AcceptedCmp5: 'Accepted campaign 5',
        Flag: 'Newsletter',
        Education: 'Education',
        Dt_Customer: 'Customer since',
      },
      units: { Income: 'currency' },
    };
    const numeric = (
      feature: string,
      d: number,
      median: number,
      overallMedian: number,
      mean = 0,
      overallMean = 0,
      source?: 'BINARY' | 'DATE',
    ): FeatureProfile => ({
      feature,
      kind: 'NUMERIC',
      mean,
      median,
      overallMean,
      overallMedian,
      standardisedDifference: d,
      ...(source ? { source } : {}),
    });
    const kids = numeric('Kidhome', -0.5, 0, 0, 0.08, 0.44);
    const income = numeric('Income', 1.2, 71000, 51000.4);
    expect(differencePhrase(kids, words)).toBe('have fewer children at home (on average 0.08 vs 0.44)');
    expect(differencePhrase(income, words)).toBe('earn far more a year (median 71,000 vs 51,000)');
    expect(differencePhrase(numeric('AcceptedCmp5', 0.6, 0, 0, 0.24, 0.073, 'BINARY'), words)).toBe(
      'accepted campaign 5 more often (24.0% vs 7.3%)',
    );
    expect(differencePhrase(numeric('Flag', -0.3, 0, 0, 0.1, 0.2, 'BINARY'), words)).toBe(
      'are less often marked yes for newsletter (10.0% vs 20.0%)',
    );
    expect(differencePhrase(numeric('Dt_Customer', 0.4, 400, 300, 420, 300, 'DATE'), words)).toBe(
      'became customers earlier (on average 120 days earlier)',
    );
    const phd: FeatureProfile = {
      feature: 'Education',
      kind: 'CATEGORICAL',
      level: 'PhD',
      share: 0.35,
      overallShare: 0.22,
      standardisedDifference: 0.3,
    };
    expect(differencePhrase(phd, words)).toBe('have a PhD more often (35.0% vs 22.0%)');
    expect(joinDifferences([differencePhrase(kids, words), differencePhrase(income, words), differencePhrase(phd, words)])).toBe(
      'have fewer children at home (on average 0.08 vs 0.44), earn far more a year (median 71,000 vs 51,000) and have a PhD more often (35.0% vs 22.0%)',
    );
    // Without stored labels, the importer's label for the name, never the raw name.
    expect(differencePhrase(kids)).toBe('have fewer children at home (on average 0.08 vs 0.44)');
    expect([namePhrase(kids, words), namePhrase(income, words), namePhrase(phd, words)]).toEqual([
      'fewer children at home',
      'high yearly household income',
      'often have a PhD',
    ]);
    const profile: SegmentProfile = { features: [kids, income, phd], distinctive: ['Income', 'Kidhome', 'Education'] };
    expect(describeSegment(1086, 0.543, profile, words)).toBe(
      '1,086 customers (54.3%). Compared with all customers, they earn far more a year (median 71,000 vs 51,000), have fewer children at home (on average 0.08 vs 0.44) and have a PhD more often (35.0% vs 22.0%).',
    );
    expect(nameSegments([pos(0.2, 0.5, 0.9), pos(0.2, 0.5, 0.9)], [profile, empty], words)[0]).toBe(
      'Recent big spenders (high yearly household income)',
    );
  });
});
