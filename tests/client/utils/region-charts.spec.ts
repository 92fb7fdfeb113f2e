import { describe, expect, it } from 'vitest';
import type { RegionBreakdown, RegionStat } from '../../../client/src/graphql/region-operations';
import { mapKind, mapValues, regionBarData, regionRate, segmentMix } from '../../../client/src/utils/region-charts';
import { segmentColor } from '../../../client/src/utils/segment-charts';

const region = (
  name: string,
  mapName: string | null,
  customers: number,
  responded: number,
  segments: RegionStat['segments'] = [],
): RegionStat => ({
  name,
  mapName,
  customers,
  known: customers,
  responded,
  rate: customers ? responded / customers : null,
  segments,
});
const breakdown = (level: RegionBreakdown['level'], regions: RegionStat[]): RegionBreakdown => ({
  column: 'Country',
  label: 'Country',
  level,
  segmentationId: null,
  customers: regions.reduce((s, r) => s + r.customers, 0),
  overallRate: 0.1,
  regions,
});

describe('region charts', () => {
  it('draws a world map for countries and a US map for states, when most customers are on it', () => {
    expect(mapKind(breakdown('COUNTRY', [region('Spain', 'Spain', 10, 1), region('Atlantis', null, 2, 0)]))).toBe('world');
    expect(mapKind(breakdown('STATE', [region('California', 'California', 10, 1)]))).toBe('us');
    expect(mapKind(breakdown('STATE', [region('Bavaria', null, 10, 1), region('Texas', 'Texas', 3, 0)]))).toBe('us');
    expect(mapKind(breakdown('STATE', [region('Bavaria', null, 10, 1), region('Texas', 'Texas', 2, 0)]))).toBeNull();
    expect(mapKind(breakdown('POSTAL_CODE', [region('12…', null, 10, 1)]))).toBeNull();
  });

  it('colours the map by response rate per boundary name', () => {
    const values = mapValues(breakdown('COUNTRY', [region('Spain', 'Spain', 10, 1), region('Unknown', null, 3, 0)]));
    expect([...values]).toEqual([['Spain', { rate: 0.1, customers: 10 }]]);
  });

  it('stacks the bars by segment when a segmentation is shown, one colour per segment', () => {
    const b = breakdown('COUNTRY', [
      region('Spain', 'Spain', 10, 1, [
        { segment: 0, name: 'A', customers: 6 },
        { segment: 1, name: 'B', customers: 4 },
      ]),
      region('Poland', 'Poland', 5, 0, [{ segment: 1, name: 'B', customers: 5 }]),
    ]);
    const data = regionBarData(b);
    expect(data.labels).toEqual(['Spain', 'Poland']);
    expect(data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['A', [6, 0], segmentColor(0)],
      ['B', [4, 5], segmentColor(1)],
    ]);
    expect(regionBarData(breakdown('COUNTRY', [region('Spain', 'Spain', 10, 1)])).datasets[0].data).toEqual([10]);
  });

  it('writes the rate and the segment mix', () => {
    expect(regionRate(region('Spain', 'Spain', 200, 25))).toBe('12.5% (25 of 200)');
    expect(regionRate({ rate: null, responded: 0, known: 0 })).toBe('unknown');
    expect(
      segmentMix(
        region('Spain', 'Spain', 10, 1, [
          { segment: 1, name: 'B', customers: 4 },
          { segment: 0, name: 'A', customers: 6 },
        ]),
      ),
    ).toBe('A 60% · B 40%');
    expect(segmentMix(region('Spain', 'Spain', 10, 1))).toBe('—');
  });
});
