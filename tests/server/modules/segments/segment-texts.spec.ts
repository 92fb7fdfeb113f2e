/**
 * Every text the Segments page shows, on iFood and the demo data, through the phrasing rules:
 * years as years, yes/no features as shares, medians and means labelled, singular/plural
 * right, no "more … (0.4 vs 0.4)", and no campaign advice for segments under 30 customers.
 * The texts themselves are kept as snapshots, so any change to them is seen in review.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDemoCsv } from '../../../../seeds/demo-dataset.js';
import { IFOOD, loadCsv, reasonIfMissing, type LoadedDataset } from '../../../helpers/datasets.js';
import { segmentDataset } from '../../../helpers/segment-words.js';
import type { SegmentationResult } from '../../../../server/src/modules/segments/segment-customers.types.js';
import { MIN_SEGMENT_FOR_ADVICE } from '../../../../server/src/modules/segments/choice-reasons.js';

const run = (data: LoadedDataset, algorithm: 'KMEANS' | 'RFM_SCORES' | 'DBSCAN') => segmentDataset(data, algorithm);

/** The page's texts for one run, one line per text. */
function texts(result: SegmentationResult): string {
  const lines = [`Why: ${result.choiceReason}`, ...result.warnings.map((w) => `Warning: ${w}`)];
  for (const s of result.segments) {
    lines.push(`## ${s.name}`, s.description, s.brief);
    for (const name of s.profile.distinctive) {
      const d = s.differences[name];
      lines.push(`${d.direction === 'higher' ? '▲' : d.direction === 'lower' ? '▼' : '·'} ${d.text}`);
    }
  }
  return lines.join('\n');
}

/** The rules every text keeps, whatever the data. */
function expectPhrasingRules(result: SegmentationResult) {
  const all = texts(result);
  // Years as years: never "1,965" nor "1965 years".
  expect(all).not.toMatch(/\b1,9\d\d\b(?! customers?)|\b(19|20)\d\d years\b/);
  // Never a comparison between figures that read the same.
  for (const m of all.matchAll(/\((?:median |on average )?([^()]+?) vs ([^()]+?)(?: overall)?\)/g)) expect(m[1]).not.toBe(m[2]);
  // Figures in comparisons are labelled as medians or means, or are shares.
  for (const m of all.matchAll(/\(([^()]*?) vs /g)) expect(m[1]).toMatch(/^(median |on average )|%|accepted$/);
  // Singular and plural.
  expect(all).not.toMatch(/\b1 (customers|purchases|segments)\b|\b[02-9]\d* customer\b/);
  expect(all).not.toMatch(/NaN|undefined|null|\bsd\b/);
  for (const s of result.segments) {
    // Yes/no features are shares, never means ("1 vs 0.1").
    for (const f of s.profile.features)
      if (f.kind === 'NUMERIC' && f.source === 'BINARY') expect(s.differences[f.feature].text).toMatch(/\d%/);
    // Arrows only where the figures differ materially; distinctive features all have one.
    for (const name of s.profile.distinctive) expect(s.differences[name].direction).not.toBeNull();
    const offer = s.brief.split('\n').find((l) => l.startsWith('Offer:'));
    if (s.size < MIN_SEGMENT_FOR_ADVICE) {
      expect(offer).toMatch(/too few customers to tell/);
      expect(s.brief).not.toMatch(/reuse what worked|worked no better/);
    }
  }
}

describe.skipIf(reasonIfMissing(IFOOD))('segment texts on iFood', () => {
  const data = loadCsv(IFOOD, { target: 'Response' });

  it.each(['RFM_SCORES', 'KMEANS', 'DBSCAN'] as const)('%s texts follow the phrasing rules', (algorithm) => {
    const result = run(data, algorithm);
    expectPhrasingRules(result);
    expect(texts(result)).toMatchSnapshot();
  });

  it('says how years, yes/no features and spend compare, in their own terms', () => {
    const all = texts(run(data, 'RFM_SCORES'));
    expect(all).toMatch(/were born (earlier|later) \(median 19\d\d vs 19\d\d\)/i);
    expect(all).toMatch(/accepted campaign \d (more|less) often \(\d+(\.\d)?% vs \d+(\.\d)?%\)/i);
    expect(all).toMatch(/median last bought \d+ days ago \(all customers: \d+ days\), \d+ purchases \(\d+\), spend [\d,]+ \([\d,]+\)/);
  });
});

describe('segment texts on the demo data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-segment-texts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'demo.csv');
  const loaded = writeDemoCsv(file).then(() => loadCsv(file, { target: 'Response' }));

  it.each(['RFM_SCORES', 'KMEANS', 'DBSCAN'] as const)('%s texts follow the phrasing rules', async (algorithm) => {
    const result = run(await loaded, algorithm);
    expectPhrasingRules(result);
    expect(texts(result)).toMatchSnapshot();
  });

  it('DBSCAN’s tiny segments get no campaign advice, and the page is warned', async () => {
    const result = run(await loaded, 'DBSCAN');
    const tiny = result.segments.filter((s) => s.size < MIN_SEGMENT_FOR_ADVICE);
    for (const s of tiny) expect(s.brief).toMatch(/Offer: too few customers to tell .*\(only \d+ customers? in this segment\)/);
    if (tiny.length > 0) expect(result.warnings.join(' ')).toMatch(/fewer than 30 customers: too few to tell/);
  });
});
