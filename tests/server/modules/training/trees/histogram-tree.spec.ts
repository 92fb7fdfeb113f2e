import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../../server/src/common/random.js';
import { binTable, fitBinner, type BinnedDataset } from '../../../../../server/src/modules/training/trees/binning.js';
import { TreeGrower, type TreeGrowthOptions } from '../../../../../server/src/modules/training/trees/histogram-tree.js';
import type { FeatureTable } from '../../../../../server/src/modules/training/data/feature-table.js';
import { categorical, numeric, table } from './tree-fixtures.js';

const giniOptions = (overrides: Partial<TreeGrowthOptions> = {}): TreeGrowthOptions => ({
  maxDepth: Infinity,
  minSamplesLeaf: 1,
  maxLeafNodes: Infinity,
  minGainToSplit: 0,
  minHessianLeaf: 0,
  l2Regularization: 0,
  catSmooth: 0,
  minCatSupport: 1,
  maxFeatures: Infinity,
  leafValue: 'ratio',
  ...overrides,
});

function growClassTree(t: FeatureTable, y: ArrayLike<number>, overrides: Partial<TreeGrowthOptions> = {}) {
  const binner = fitBinner(t, undefined, { minCategoryCount: 1 });
  const data = binTable(binner, t);
  const n = t.rowCount;
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  const grower = new TreeGrower(data, giniOptions(overrides));
  const tree = grower.grow(rows, n, Float64Array.from(y), new Float64Array(n).fill(1), createRng(1));
  const predict = (i: number) => tree.predictBinnedRow(data, i);
  return { tree, data, predict, grower, rows };
}

describe('TreeGrower', () => {
  it('learns XOR exactly (no single split helps at the root)', () => {
    const x1: number[] = [];
    const x2: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = i % 2;
      const b = Math.floor(i / 2) % 2;
      x1.push(a + (i % 7) * 0.01);
      x2.push(b + (i % 5) * 0.01);
      y.push(a ^ b);
    }
    const { predict, tree } = growClassTree(table(numeric('x1', x1), numeric('x2', x2)), y);
    for (let i = 0; i < y.length; i++) expect(predict(i)).toBe(y[i]);
    // Greedy search cannot see XOR at the root, so the jitter decides the first cut; the tree still ends exact and small.
    expect(tree.nodeCount).toBeGreaterThanOrEqual(7);
    expect(tree.nodeCount).toBeLessThanOrEqual(15);
  });

  it('learns a step function with one split at the step', () => {
    const x = Array.from({ length: 100 }, (_, i) => i);
    const y = x.map((v) => (v >= 37 ? 1 : 0));
    const { predict, tree, data } = growClassTree(table(numeric('x', x)), y);
    expect(tree.nodeCount).toBe(3);
    expect(data.columns[0][36]).toBe(tree.threshold[0]);
    x.forEach((_, i) => expect(predict(i)).toBe(y[i]));
  });

  it('learns that missing values mean positive and sends them the better way', () => {
    const n = 300;
    const x = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? NaN : i));
    // Positives: all missing rows and the high values; the low values are negative.
    const y = x.map((v, i) => (Number.isNaN(v) || i > 200 ? 1 : 0));
    const { tree, predict } = growClassTree(table(numeric('x', x)), y, { maxDepth: 1 });
    expect(tree.nodeCount).toBe(3);
    expect(tree.missingLeft[0]).toBe(0); // missing joins the (right) high-value side
    for (let i = 0; i < n; i++) if (Number.isNaN(x[i])) expect(predict(i)).toBeGreaterThan(0.9);
  });

  it('splits a categorical feature natively by a non-ordinal grouping of its levels', () => {
    const levels = ['a', 'b', 'c', 'd', 'e'];
    const positive = new Set(['b', 'd']);
    const codes = Array.from({ length: 250 }, (_, i) => i % 5);
    const y = codes.map((c) => (positive.has(levels[c]) ? 1 : 0));
    const { tree, predict } = growClassTree(table(categorical('c', levels, codes)), y, { maxDepth: 1 });
    expect(tree.nodeCount).toBe(3);
    expect(tree.maskOffset[0]).toBeGreaterThanOrEqual(0);
    codes.forEach((_, i) => expect(predict(i)).toBe(y[i]));
  });

  it('picks the best Gini split at every node, also where histograms come from sibling subtraction', () => {
    const rng = createRng(7);
    const n = 500;
    const cols = [0, 1, 2].map(() => Array.from({ length: n }, () => Math.floor(rng() * 20)));
    const y = cols[0].map((v, i) => (rng() < (v + cols[1][i]) / 40 ? 1 : 0));
    const { tree, data, grower, rows } = growClassTree(table(...cols.map((c, j) => numeric(`x${j}`, c))), y, { maxDepth: 3 });
    let checked = 0;
    for (let node = 0; node < tree.nodeCount; node++) {
      if (tree.feature[node] < 0) continue;
      const nodeRows = rows.subarray(grower.nodeStart[node], grower.nodeEnd[node]);
      expect(tree.gain[node]).toBeCloseTo(bruteForceBestGain(data, nodeRows, y), 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('respects maxLeafNodes (best-first), maxDepth and minSamplesLeaf', () => {
    const rng = createRng(3);
    const x = Array.from({ length: 400 }, () => rng());
    const y = x.map((v) => (rng() < v ? 1 : 0));
    const t = table(numeric('x', x));
    const leaves = (tr: { nodeCount: number; feature: Int32Array }) =>
      Array.from(tr.feature.subarray(0, tr.nodeCount)).filter((f) => f < 0).length;
    expect(leaves(growClassTree(t, y, { maxLeafNodes: 5 }).tree)).toBe(5);
    expect(leaves(growClassTree(t, y, { maxDepth: 2 }).tree)).toBeLessThanOrEqual(4);
    const { tree } = growClassTree(t, y, { minSamplesLeaf: 30 });
    for (let i = 0; i < tree.nodeCount; i++) expect(tree.count[i]).toBeGreaterThanOrEqual(30);
  });
});

/** Max over features and thresholds of GL²/HL + GR²/HR − G²/H, from scratch (no missing values). */
function bruteForceBestGain(data: BinnedDataset, rows: Int32Array, y: ArrayLike<number>): number {
  let best = -Infinity;
  let G = 0;
  for (const r of rows) G += y[r];
  const H = rows.length;
  for (let f = 0; f < data.columns.length; f++) {
    for (let t = 0; t < data.nBins[f] - 1; t++) {
      let gl = 0;
      let hl = 0;
      for (const r of rows)
        if (data.columns[f][r] <= t) {
          gl += y[r];
          hl++;
        }
      if (hl === 0 || hl === H) continue;
      best = Math.max(best, (gl * gl) / hl + ((G - gl) * (G - gl)) / (H - hl) - (G * G) / H);
    }
  }
  return best;
}
