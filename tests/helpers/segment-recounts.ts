/** Assertions that recount a segmentation's figures from the raw file joined to its membership export. */
import { expect } from 'vitest';
import { membersCsv, readCsvRecords, recountHeatmap, recountTargetGroup, type GroupCondition, type SegmentationView } from './segments.js';
import type { TestServer } from './test-server.js';

/** The campaign columns of the demo and iFood files. */
export const DEMO_CAMPAIGNS = ['AcceptedCmp1', 'AcceptedCmp2', 'AcceptedCmp3', 'AcceptedCmp4', 'AcceptedCmp5', 'Response'];

/** Every segment's heatmap row equals the recount from the raw file joined to the membership export. */
export async function expectHeatmapRecounted(t: TestServer, token: string, s: SegmentationView, file: string, rowCount: number) {
  const members = await membersCsv(t, token, s.id);
  expect(members[0]).toEqual(['ID', 'segment', 'segment_name']);
  expect(members).toHaveLength(rowCount + 1);
  const counts = recountHeatmap(readCsvRecords(file), 'ID', members, DEMO_CAMPAIGNS);
  for (const segment of s.segments) {
    expect(segment.campaigns.map((c) => c.column).sort()).toEqual(DEMO_CAMPAIGNS);
    for (const c of segment.campaigns) {
      const counted = counts.get(segment.index)!.get(c.column)!;
      expect({ segment: segment.index, column: c.column, responded: c.responded, total: c.total }).toEqual({
        segment: segment.index,
        column: c.column,
        ...counted,
      });
      expect(c.rate).toBeCloseTo(counted.total > 0 ? counted.responded / counted.total : 0, 12);
    }
    expect(
      members
        .slice(1)
        .filter((m) => Number(m[1]) === segment.index)
        .every((m) => m[2] === segment.name),
    ).toBe(true);
  }
  return members;
}

/**
 * Every segment's overlap with the featured model's target group (top 3 drivers, as the
 * Target group page shows it) equals a recount: the group's conditions applied to the raw
 * file's rows joined to the membership export. The brief says so in words.
 */
export async function expectTargetGroupRecounted(t: TestServer, token: string, datasetId: string, s: SegmentationView, file: string) {
  const res = await t.gql<{
    dataset: {
      columns: { name: string; kind: string }[];
      activeModel: { targetGroup: { found: boolean; conditions: (GroupCondition & { text: string })[] } };
    };
  }>(
    'query($d: ID!) { dataset(id: $d) { columns { name kind } activeModel { targetGroup(topN: 3) { found conditions { feature min max levels text } } } } }',
    { d: datasetId },
    token,
  );
  const { columns, activeModel } = res.data!.dataset;
  expect(activeModel.targetGroup.found).toBe(true);
  const kinds = new Map(columns.map((c) => [c.name, c.kind]));
  const conditions = activeModel.targetGroup.conditions.map((c) => ({ ...c, kind: kinds.get(c.feature)! }));
  const counts = recountTargetGroup(readCsvRecords(file), 'ID', await membersCsv(t, token, s.id), conditions);
  for (const x of s.segments) {
    const n = counts.get(x.index) ?? 0;
    expect({ segment: x.index, customers: x.targetGroupCustomers }).toEqual({ segment: x.index, customers: n });
    expect(x.targetGroupShare).toBeCloseTo(n / x.size, 12);
    const line = x.brief.split('\n').find((l) => l.startsWith('Target group:'))!;
    expect(line).toContain('the target group described on the Target group page (customers ');
    for (const c of conditions) expect(line).toContain(c.text);
    if (n > 0 && n < x.size) expect(line).toContain(`${n.toLocaleString('en-US')} of them (`);
    console.info(`${file.endsWith('demo.csv') ? 'demo' : 'iFood'} "${x.name}": ${x.description}\n${x.brief}`);
  }
  expect(s.segments.some((x) => x.targetGroupCustomers! > 0)).toBe(true);
}
