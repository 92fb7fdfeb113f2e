import { describe, expect, it } from 'vitest';
import { inferRegionLevel } from '../../../../server/src/modules/regions/region-inference.js';
import { canonicalRegion } from '../../../../server/src/modules/regions/region-names.js';
import { MAX_REGIONS, postalPrefixLength, regionBreakdown } from '../../../../server/src/modules/regions/region-stats.js';

const levels = (values: string[]) => values.map((value) => ({ value, count: 10 }));

describe('region columns', () => {
  it('are inferred from the name, and for countries and US states from the values', () => {
    expect(inferRegionLevel({ name: 'Country', kind: 'CATEGORICAL', topLevels: levels(['Spain', 'France']) })).toBe('COUNTRY');
    expect(inferRegionLevel({ name: 'State', kind: 'CATEGORICAL', topLevels: levels(['CA', 'TX']) })).toBe('STATE');
    expect(inferRegionLevel({ name: 'province', kind: 'CATEGORICAL', topLevels: levels(['Ontario']) })).toBe('STATE');
    expect(inferRegionLevel({ name: 'zip_code', kind: 'NUMERIC', topLevels: [] })).toBe('POSTAL_CODE');
    expect(inferRegionLevel({ name: 'PostalCode', kind: 'CATEGORICAL', topLevels: [] })).toBe('POSTAL_CODE');
    expect(inferRegionLevel({ name: 'home', kind: 'CATEGORICAL', topLevels: levels(['Germany', 'Poland', 'USA', 'UK', 'Spain']) })).toBe(
      'COUNTRY',
    );
    expect(inferRegionLevel({ name: 'where', kind: 'CATEGORICAL', topLevels: levels(['Texas', 'Ohio', 'NY', 'Utah', 'Iowa']) })).toBe(
      'STATE',
    );
    expect(inferRegionLevel({ name: 'Marital_Status', kind: 'CATEGORICAL', topLevels: levels(['Married', 'Single']) })).toBeNull();
    expect(inferRegionLevel({ name: 'Education', kind: 'CATEGORICAL', topLevels: levels(['PhD', 'Basic']) })).toBeNull();
    expect(inferRegionLevel({ name: 'Income', kind: 'NUMERIC', topLevels: [] })).toBeNull();
  });

  it('names countries and US states as the boundary files do', () => {
    expect(canonicalRegion('COUNTRY', 'usa')).toBe('United States of America');
    expect(canonicalRegion('COUNTRY', 'Germany')).toBe('Germany');
    expect(canonicalRegion('COUNTRY', 'Atlantis')).toBeNull();
    expect(canonicalRegion('STATE', 'ca')).toBe('California');
    expect(canonicalRegion('STATE', 'New York')).toBe('New York');
  });
});

describe('region breakdown', () => {
  it('counts customers, responses and the segment mix per region; missing values are "Unknown"', () => {
    const values = ['US', 'USA', 'Spain', null, 'Spain', 'Atlantis'];
    const outcomes = [1, 0, 1, 0, NaN, 1];
    const labels = [0, 1, 1, 0, 1, -1];
    const rows = regionBreakdown({ level: 'COUNTRY', values, outcomes, segmentOf: (i) => labels[i] });
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('United States of America')).toMatchObject({
      mapName: 'United States of America',
      customers: 2,
      known: 2,
      responded: 1,
    });
    expect([...byName.get('United States of America')!.segments]).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(byName.get('Spain')).toMatchObject({ customers: 2, known: 1, responded: 1 });
    expect(byName.get('Unknown')).toMatchObject({ customers: 1, mapName: null });
    expect(byName.get('Atlantis')).toMatchObject({ customers: 1, mapName: null });
    expect(rows.reduce((s, r) => s + r.customers, 0)).toBe(6);
  });

  it('groups postal codes by as many leading digits as keep 30 groups or fewer', () => {
    const codes = Array.from({ length: 500 }, (_, i) => String(10000 + i * 97).padStart(5, '0'));
    const len = postalPrefixLength(codes);
    expect(new Set(codes.map((c) => c.slice(0, len))).size).toBeLessThanOrEqual(30);
    expect(new Set(codes.map((c) => c.slice(0, len + 1))).size).toBeGreaterThan(30);
    const rows = regionBreakdown({ level: 'POSTAL_CODE', values: codes, outcomes: null });
    expect(rows.every((r) => r.name.endsWith('…') && r.mapName === null)).toBe(true);
    expect(rows.reduce((s, r) => s + r.customers, 0)).toBe(500);
  });

  it('keeps at most 60 rows, the long tail summed as "Other regions"', () => {
    const values = Array.from({ length: 200 }, (_, i) => `Town ${i % 90}`);
    const rows = regionBreakdown({ level: 'STATE', values, outcomes: null });
    expect(rows).toHaveLength(MAX_REGIONS);
    expect(rows.at(-1)!.name).toBe('Other regions');
    expect(rows.reduce((s, r) => s + r.customers, 0)).toBe(200);
  });
});
