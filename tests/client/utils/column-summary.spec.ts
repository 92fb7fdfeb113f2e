import { describe, expect, it } from 'vitest';
import { columnBadges, columnChanges, missingSummary, valueSummary } from '../../../client/src/utils/column-summary';

const levels = [
  { value: 'Graduation', count: 1127 },
  { value: 'PhD', count: 486 },
  { value: 'Master', count: 370 },
  { value: '2n Cycle', count: 203 },
  { value: '', count: 54 },
];

describe('valueSummary', () => {
  it('gives the range of a number column, with the units worth printing', () => {
    expect(valueSummary({ kind: 'NUMERIC', min: 0, max: 99, unit: 'days', topLevels: [], distinct: 0 })).toBe('0 – 99 days');
    // "currency" and "count" name a kind of quantity, not a symbol: the numbers stand alone.
    expect(valueSummary({ kind: 'NUMERIC', min: 1730, max: 666666, unit: 'currency', topLevels: [], distinct: 0 })).toBe('1,730 – 666,666');
    expect(valueSummary({ kind: 'NUMERIC', min: 0.5, max: 2.25, unit: null, topLevels: [], distinct: 0 })).toBe('0.5 – 2.25');
  });

  it('lists the top levels with counts, then how many more', () => {
    expect(valueSummary({ kind: 'CATEGORICAL', min: null, max: null, unit: null, topLevels: levels, distinct: 5 })).toBe(
      'Graduation (1,127), PhD (486), Master (370) +2 more',
    );
    expect(valueSummary({ kind: 'CATEGORICAL', min: null, max: null, unit: null, topLevels: levels.slice(4), distinct: 1 })).toBe(
      '(empty) (54)',
    );
  });

  it('writes years without a separator and identifiers as a count', () => {
    expect(valueSummary({ kind: 'NUMERIC', min: 1893, max: 1996, unit: 'years', topLevels: [], distinct: 59 })).toBe('1893 – 1996');
    expect(valueSummary({ kind: 'NUMERIC', min: 18, max: 95, unit: 'years', topLevels: [], distinct: 77 })).toBe('18 – 95 years');
    expect(valueSummary({ kind: 'IDENTIFIER', min: 0, max: 11191, unit: null, topLevels: levels, distinct: 2240 })).toBe(
      '2,240 different values',
    );
  });

  it('shows a dash when there is nothing to sum up', () => {
    expect(valueSummary({ kind: 'NUMERIC', min: null, max: null, unit: null, topLevels: [], distinct: 0 })).toBe('—');
  });
});

describe('missingSummary', () => {
  it('adds the share of rows', () => {
    expect(missingSummary(24, 2240)).toBe('24 (1.1%)');
    expect(missingSummary(0, 2240)).toBe('0');
    expect(missingSummary(5, 0)).toBe('5');
  });
});

describe('columnBadges', () => {
  it('marks target, past campaign, after-contact and the ID column', () => {
    const keys = (column: Parameters<typeof columnBadges>[0], id: string | null) => columnBadges(column, id).map((badge) => badge.key);
    expect(keys({ name: 'Response', isTarget: true, isPastCampaign: true, knownAfterContact: false }, 'ID')).toEqual(['target', 'past']);
    expect(keys({ name: 'duration', isTarget: false, isPastCampaign: false, knownAfterContact: true }, null)).toEqual(['after']);
    expect(keys({ name: 'ID', isTarget: false, isPastCampaign: false, knownAfterContact: false }, 'ID')).toEqual(['id']);
    expect(keys({ name: 'Income', isTarget: false, isPastCampaign: false, knownAfterContact: false }, 'ID')).toEqual([]);
  });
});

describe('columnChanges', () => {
  it('keeps only what the user changed', () => {
    const original = { label: 'Income', kind: 'NUMERIC', isTarget: false, knownAfterContact: false };
    expect(columnChanges(original, { ...original })).toEqual({});
    expect(columnChanges(original, { ...original, label: 'Yearly income', knownAfterContact: true })).toEqual({
      label: 'Yearly income',
      knownAfterContact: true,
    });
  });
});
