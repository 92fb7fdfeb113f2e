import { describe, expect, it } from 'vitest';
import { chatCompletionsUrl, rewriteBrief } from '../../../../server/src/modules/segments/brief-rewrite.js';
import { campaignColumns, packMembers, segmentationTable, unpackMembers } from '../../../../server/src/modules/segments/segment-data.js';
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

  it('says plainly when rewriting with AI is not configured, and builds the endpoint URL', async () => {
    const segment = { name: 'A', size: 1, description: '', profile: [], distinctive: [] } as unknown as StoredSegment;
    await expect(rewriteBrief(null, segment, 'x')).rejects.toThrow(/LLM_API_URL and LLM_API_KEY/);
    expect(chatCompletionsUrl('https://api.example.com/v1/')).toBe('https://api.example.com/v1/chat/completions');
    expect(chatCompletionsUrl('http://127.0.0.1:9/v1/chat/completions')).toBe('http://127.0.0.1:9/v1/chat/completions');
  });
});
