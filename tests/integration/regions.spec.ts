import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { upload, waitForImport } from '../helpers/imports.js';
import { regionsCsv } from '../helpers/regions.js';
import { membersCsv, runSegmentation } from '../helpers/segments.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';

interface Breakdown {
  column: string;
  label: string;
  level: string;
  segmentationId: string | null;
  customers: number;
  overallRate: number | null;
  regions: {
    name: string;
    mapName: string | null;
    customers: number;
    known: number;
    responded: number;
    rate: number | null;
    segments: { segment: number; name: string; customers: number }[];
  }[];
}

const REGIONS = `column label level segmentationId customers overallRate
  regions { name mapName customers known responded rate segments { segment name customers } }`;

describeEachDatabase('where customers live', (kind) => {
  let t: TestServer, token: string;
  let datasetId: string;
  const { csv, records } = regionsCsv();

  beforeAll(async () => {
    ({ t, token } = await signedInTestServer(kind));
    const answer = await upload(t, token, csv, '/api/datasets?name=Regions&target=Response');
    expect(answer.status).toBe(202);
    expect((await waitForImport(t, token, answer.body.importId!)).status).toBe('SUCCEEDED');
    datasetId = answer.body.datasetId!;
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function breakdown(column: string, segmentationId?: string) {
    const res = await t.gql<{ dataset: { regionColumns: { name: string; level: string }[]; regions: Breakdown | null } }>(
      `query($d: ID!, $c: String, $s: ID) { dataset(id: $d) { regionColumns { name level } regions(column: $c, segmentationId: $s) { ${REGIONS} } } }`,
      { d: datasetId, c: column, s: segmentationId ?? null },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.dataset;
  }

  it('infers the Country and State columns and recounts customers and response per country from the file', async () => {
    const { regionColumns, regions } = await breakdown('Country');
    expect(regionColumns).toEqual([
      { name: 'Country', level: 'COUNTRY' },
      { name: 'State', level: 'STATE' },
    ]);
    expect(regions!.customers).toBe(records.length);
    const names: Record<string, string> = { USA: 'United States of America', Spain: 'Spain', Germany: 'Germany', Poland: 'Poland' };
    for (const country of Object.keys(names)) {
      const rows = records.filter((r) => r.Country === country);
      const row = regions!.regions.find((r) => r.name === names[country])!;
      expect(row).toMatchObject({
        mapName: names[country],
        customers: rows.length,
        known: rows.length,
        responded: rows.filter((r) => r.Response === 'yes').length,
      });
      expect(row.rate).toBeCloseTo(row.responded / row.customers, 12);
    }
    expect(regions!.overallRate).toBeCloseTo(records.filter((r) => r.Response === 'yes').length / records.length, 12);
  });

  it('shows each state’s segment mix under a segmentation, recounted from the membership export', async () => {
    const s = await runSegmentation(t, token, datasetId);
    expect(s.status, s.error ?? '').toBe('SUCCEEDED');
    const { regions } = await breakdown('State', s.id);
    expect(regions!.segmentationId).toBe(s.id);
    const members = new Map((await membersCsv(t, token, s.id)).slice(1).map((m) => [m[0], Number(m[1])]));
    for (const row of regions!.regions) {
      const inState = records.filter(
        (r) =>
          (row.mapName ?? row.name) ===
          (row.mapName ? { CA: 'California', TX: 'Texas', NY: 'New York', FL: 'Florida', WA: 'Washington' }[r.State] : r.State),
      );
      expect(row.customers).toBe(inState.length);
      for (const seg of row.segments) expect(seg.customers).toBe(inState.filter((r) => members.get(r.ID) === seg.segment).length);
      expect(row.segments.reduce((sum, x) => sum + x.customers, 0)).toBe(row.customers);
    }
    expect(regions!.regions.find((r) => r.name === 'California')!.mapName).toBe('California');
  });

  it('lets an analyst clear and set a region column on the Data page', async () => {
    const set = (region: string) =>
      t.gql<{ updateColumn: { region: string | null } }>(
        'mutation($d: ID!, $r: String) { updateColumn(datasetId: $d, name: "State", input: { region: $r }) { region } }',
        { d: datasetId, r: region },
        token,
      );
    expect((await set('NONE')).data!.updateColumn.region).toBeNull();
    expect((await breakdown('Country')).regionColumns.map((c) => c.name)).toEqual(['Country']);
    expect((await set('BOROUGH')).errors?.[0].message).toMatch(/COUNTRY, STATE, POSTAL_CODE or NONE/);
    expect((await set('STATE')).data!.updateColumn.region).toBe('STATE');
    // Stored in the column's own region field (migration ColumnRegion), not inside the importer's stats JSON.
    const stored: { region: string | null; stats: Record<string, unknown> }[] = await t.server.database.dataSource.query(
      'SELECT region, stats FROM dataset_columns WHERE dataset_id = $1 AND name = $2',
      [datasetId, 'State'],
    );
    expect(stored[0].region).toBe('STATE');
    expect(stored[0].stats).not.toHaveProperty('region');
  });

  it('keeps each breakdown per dataset version: a repeat is served from the cache, a column edit counts afresh', async () => {
    const cache = t.server.services.regions.cache;
    const first = await breakdown('Country');
    const size = cache.size;
    expect(size).toBeGreaterThan(0);
    expect(await breakdown('Country')).toEqual(first);
    expect(cache.size).toBe(size);
    // A label edit moves the dataset's version: the old version's entries go, the new label shows.
    await t.gql(
      'mutation($d: ID!) { updateColumn(datasetId: $d, name: "Country", input: { label: "Country of residence" }) { label } }',
      { d: datasetId },
      token,
    );
    const after = await breakdown('Country');
    expect(after.regions!.label).toBe('Country of residence');
    expect(after.regions!.regions).toEqual(first.regions!.regions);
    expect(cache.size).toBe(1);
  });
});
