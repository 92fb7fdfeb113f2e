import { describe, expect, it } from 'vitest';
import { chatCompletionsUrl, rewriteBrief } from '../../../../server/src/modules/segments/brief-rewrite.js';
import {
  campaignColumns,
  packMembers,
  segmentationTable,
  targetGroupMask,
  unpackMembers,
} from '../../../../server/src/modules/segments/segment-data.js';
import type { StoredSegment } from '../../../../server/src/modules/segments/segment-store.js';

describe('segment service parts', () => {
  it('packs row numbers and labels and reads them back', () => {
    const members = unpackMembers(packMembers([3, 7, 12], [0, -1, 2]));
    expect([...members.entries()]).toEqual([
      [3, 0],
      [7, -1],
      [12, 2],
    ]);
  });

  it('keeps every row (also without a target) and leaves the target out of the features', () => {
    const specs = [
      { name: 'Spend', kind: 'NUMERIC' as const },
      { name: 'Response', kind: 'BINARY' as const },
    ];
    const rows = [
      ['10', '1'],
      ['20', null],
      [null, '0'],
    ];
    const table = segmentationTable(specs, rows, 'Response');
    expect(table.rowCount).toBe(3);
    expect(table.features.map((f) => f.name)).toEqual(['Spend']);
    const [response] = campaignColumns([{ column: 'Response', position: 1, positive: '1' }], rows);
    expect(Array.from(response.values)).toEqual([1, NaN, 0]);
  });

  it('matches every row (also those without a response) against the target group, missing values never matching', () => {
    const columns = [
      { name: 'Recency', label: 'Days since last purchase', kind: 'NUMERIC' as const, position: 0 },
      { name: 'Education', label: 'Education', kind: 'CATEGORICAL' as const, position: 1 },
      { name: 'Since', label: 'Customer since', kind: 'DATE' as const, position: 2, dateFormat: 'MDY' as const },
    ];
    const rows = [
      ['10', 'PhD', '3/1/2014', '1'],
      ['40', 'PhD', '3/1/2014', '0'],
      ['5', 'Basic', '3/1/2014', null],
      [null, 'PhD', '3/1/2014', '1'],
      ['5', null, '3/1/2014', '0'],
      ['5', 'Master', '1/1/2012', null],
      ['5', 'Master', null, '1'],
    ];
    const spring2013 = Date.UTC(2013, 2, 1) / 86_400_000;
    const group = {
      conditions: [
        { feature: 'Recency', min: null, max: 29, levels: null },
        { feature: 'Education', min: null, max: null, levels: ['PhD', 'Master'] },
        { feature: 'Since', min: spring2013, max: null, levels: null },
      ],
      columns,
      description: 'customers who have bought within the last 29 days',
      described: [],
    };
    expect([...targetGroupMask(group, rows)]).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect([...targetGroupMask({ ...group, conditions: group.conditions.slice(0, 2) }, rows)]).toEqual([1, 0, 0, 0, 0, 1, 1]);
  });

  it('says plainly when rewriting with AI is not configured, and builds the endpoint URL', async () => {
    const segment = { name: 'A', size: 1, description: '', profile: [], distinctive: [] } as unknown as StoredSegment;
    await expect(rewriteBrief(null, segment, 'x')).rejects.toThrow(/LLM_API_URL and LLM_API_KEY/);
    expect(chatCompletionsUrl('https://api.example.com/v1/')).toBe('https://api.example.com/v1/chat/completions');
    expect(chatCompletionsUrl('http://127.0.0.1:9/v1/chat/completions')).toBe('http://127.0.0.1:9/v1/chat/completions');
  });
});
