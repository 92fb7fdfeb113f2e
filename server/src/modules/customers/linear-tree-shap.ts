/**
 * The linear-time TreeSHAP kernel (see linear-tree-tables.ts for the method and the tables
 * it reads): rows pass tree by tree through three sweeps, down (P at the points), the leaves
 * (G and their shares) and up (G summed to the parents, each edge's share).
 */
import type { TraversalInputs } from '../training/trees/compiled-forest.js';
import { CASES, type LinearTreeTables } from './linear-tree-tables.js';
import type { TreeExplainerBase } from './tree-explainer.types.js';

export { linearTreeTables, type LinearTreeTables } from './linear-tree-tables.js';

/** Rows explained side by side through one tree. */
const LANES = 4;

/**
 * Explains rows tree by tree (each tree's tables stay in the processor's cache while every
 * row of the batch goes through it), four rows side by side (the tree's bookkeeping done
 * once for the four, four independent products per point), reusing its buffers: no
 * allocation per row or tree.
 */
export class LinearTreeShap {
  /** P at the points of one tree's split nodes, four rows interleaved (tree-local offsets). */
  private readonly down: Float64Array;
  /** G (sum over the leaves below) at the same places. */
  private readonly up: Float64Array;
  private readonly hot: Uint8Array;
  private readonly follows: Uint8Array;
  private readonly cases: Uint8Array;

  constructor(
    private readonly ex: TreeExplainerBase,
    private readonly tables: LinearTreeTables,
  ) {
    const n = ex.forest.nodeCount;
    this.down = new Float64Array(tables.largestTree * LANES);
    this.up = new Float64Array(tables.largestTree * LANES);
    this.hot = new Uint8Array(n * LANES);
    this.follows = new Uint8Array(n * LANES);
    this.cases = new Uint8Array(n * LANES);
  }

  /**
   * Adds the contributions of `rows` (indices into `inputs`) into `phi` (row k's values at
   * k * stride + feature) and writes the model's outputs on the explainer's scale into
   * `outputs[k]`.
   */
  explainRows(inputs: TraversalInputs, rows: ArrayLike<number>, phi: Float64Array, stride: number, outputs: Float64Array): void {
    const start = this.ex.forest.aggregation === 'mean' ? 0 : this.ex.forest.baseScore;
    const grouped = rows.length - (rows.length % LANES);
    for (let k = 0; k < rows.length; k++) outputs[k] = start;
    const trees = this.ex.forest.arrays.treeRoots.length;
    if (grouped > 0)
      for (let t = 0; t < trees; t++) for (let k = 0; k < grouped; k += LANES) this.explainTree(t, inputs, rows, k, phi, stride, outputs);
    for (let t = 0; t < trees; t++)
      for (let k = grouped; k < rows.length; k++) outputs[k] += this.explainTreeOne(t, inputs, rows[k], phi, k * stride);
  }

  /** explainTree for one row (the last rows of a batch, one customer): returns the leaf value it reaches. */
  private explainTreeOne(t: number, inputs: TraversalInputs, row: number, phi: Float64Array, phiAt: number): number {
    const { feature, left, right, treeRoots, threshold, missingLeft, maskOffset, masks } = this.ex.forest.arrays;
    const { previous, offset, local, parentLocal, edgeFeature, ratio, weight, points, scale, splits, leaves, splitRange, leafRange } =
      this.tables;
    const { down, up, hot, follows, cases } = this;
    const q = points[t];
    const root = treeRoots[t];
    const firstSplit = splitRange[t];
    const lastSplit = splitRange[t + 1];
    for (let at = firstSplit - (feature[root] >= 0 ? 1 : 0); at < lastSplit; at++) {
      const node = at < firstSplit ? root : splits[at];
      const f = feature[node];
      const mask = maskOffset[node];
      let goLeft: number;
      if (mask >= 0) {
        const bin = (inputs.bins[f] as Int32Array)[row];
        goLeft = (masks[mask + (bin >>> 5)] >>> (bin & 31)) & 1;
      } else {
        const v = (inputs.numeric[f] as Float64Array)[row];
        goLeft = v !== v ? missingLeft[node] : v <= threshold[node] ? 1 : 0;
      }
      hot[left[node]] = goLeft;
      hot[right[node]] = 1 - goLeft;
    }
    const size = (t + 1 < treeRoots.length ? offset[treeRoots[t + 1]] : this.tables.size) - offset[root];
    for (let j = 0; j < q; j++) down[j] = 1;
    up.fill(0, 0, size);
    for (let at = firstSplit; at < lastSplit; at++) {
      const node = splits[at];
      const r = CASES * offset[node] + edgeCase(previous[node], node, follows, hot, cases) * q;
      const to = local[node];
      const from = parentLocal[node];
      for (let j = 0; j < q; j++) down[to + j] = down[from + j] * ratio[r + j];
    }
    for (let at = leafRange[t]; at < leafRange[t + 1]; at++) {
      const node = leaves[at];
      const r = CASES * offset[node] + edgeCase(previous[node], node, follows, hot, cases) * q;
      const from = parentLocal[node];
      let share = 0;
      for (let j = 0; j < q; j++) {
        const g = down[from + j] * ratio[r + j];
        share += g * weight[r + j];
        up[from + j] += g;
      }
      phi[phiAt + edgeFeature[node]] += share;
    }
    for (let at = lastSplit - 1; at >= firstSplit; at--) {
      const node = splits[at];
      const w = CASES * offset[node] + cases[node] * q;
      const own = local[node];
      const to = parentLocal[node];
      let share = 0;
      for (let j = 0; j < q; j++) {
        const g = up[own + j];
        share += g * weight[w + j];
        up[to + j] += g;
      }
      phi[phiAt + edgeFeature[node]] += share;
    }
    let leaf = root;
    while (feature[leaf] >= 0) leaf = hot[left[leaf]] === 1 ? left[leaf] : right[leaf];
    return scale[leaf];
  }

  /** Tree t for rows[k] .. rows[k + 3]: their contributions into phi, the leaf values reached into outputs. */
  private explainTree(
    t: number,
    inputs: TraversalInputs,
    rows: ArrayLike<number>,
    k: number,
    phi: Float64Array,
    stride: number,
    outputs: Float64Array,
  ): void {
    const { feature, left, right, treeRoots, threshold, missingLeft, maskOffset, masks } = this.ex.forest.arrays;
    const { previous, offset, local, parentLocal, edgeFeature, ratio, weight, points, scale, splits, leaves, splitRange, leafRange } =
      this.tables;
    const { down, up, hot, follows, cases } = this;
    const q = points[t];
    const root = treeRoots[t];
    const row0 = rows[k];
    const row1 = rows[k + 1];
    const row2 = rows[k + 2];
    const row3 = rows[k + 3];
    const p0 = k * stride;
    const p1 = p0 + stride;
    const p2 = p1 + stride;
    const p3 = p2 + stride;
    // The rows' branches at every split (root first, then the other splits).
    const firstSplit = splitRange[t];
    const lastSplit = splitRange[t + 1];
    for (let at = firstSplit - (feature[root] >= 0 ? 1 : 0); at < lastSplit; at++) {
      const node = at < firstSplit ? root : splits[at];
      const l = LANES * left[node];
      const r = LANES * right[node];
      const f = feature[node];
      const mask = maskOffset[node];
      let g0: number;
      let g1: number;
      let g2: number;
      let g3: number;
      if (mask >= 0) {
        // A categorical split: the level's bin in the node's left-set mask.
        const bins = inputs.bins[f] as Int32Array;
        const a0 = bins[row0];
        const a1 = bins[row1];
        const a2 = bins[row2];
        const a3 = bins[row3];
        g0 = (masks[mask + (a0 >>> 5)] >>> (a0 & 31)) & 1;
        g1 = (masks[mask + (a1 >>> 5)] >>> (a1 & 31)) & 1;
        g2 = (masks[mask + (a2 >>> 5)] >>> (a2 & 31)) & 1;
        g3 = (masks[mask + (a3 >>> 5)] >>> (a3 & 31)) & 1;
      } else {
        // A numeric split: value <= threshold, a missing value goes where the model sends it.
        const values = inputs.numeric[f] as Float64Array;
        const limit = threshold[node];
        const missing = missingLeft[node];
        const v0 = values[row0];
        const v1 = values[row1];
        const v2 = values[row2];
        const v3 = values[row3];
        g0 = v0 !== v0 ? missing : v0 <= limit ? 1 : 0;
        g1 = v1 !== v1 ? missing : v1 <= limit ? 1 : 0;
        g2 = v2 !== v2 ? missing : v2 <= limit ? 1 : 0;
        g3 = v3 !== v3 ? missing : v3 <= limit ? 1 : 0;
      }
      hot[l] = g0;
      hot[l + 1] = g1;
      hot[l + 2] = g2;
      hot[l + 3] = g3;
      hot[r] = 1 - g0;
      hot[r + 1] = 1 - g1;
      hot[r + 2] = 1 - g2;
      hot[r + 3] = 1 - g3;
    }
    const size = LANES * ((t + 1 < treeRoots.length ? offset[treeRoots[t + 1]] : this.tables.size) - offset[root]);
    for (let j = 0; j < LANES * q; j++) down[j] = 1;
    up.fill(0, 0, size);
    // Down, over the splits below the root (parents first): P at the points.
    for (let at = firstSplit; at < lastSplit; at++) {
      const node = splits[at];
      const cs = edgeCases(previous[node], node, follows, hot, cases);
      const c0 = cs & 3;
      const c1 = (cs >> 2) & 3;
      const c2 = (cs >> 4) & 3;
      const c3 = cs >> 6;
      const to = LANES * local[node];
      const from = LANES * parentLocal[node];
      const table = CASES * offset[node];
      const r0 = table + c0 * q;
      const r1 = table + c1 * q;
      const r2 = table + c2 * q;
      const r3 = table + c3 * q;
      for (let j = 0; j < q; j++) {
        const a = to + LANES * j;
        const b = from + LANES * j;
        down[a] = down[b] * ratio[r0 + j];
        down[a + 1] = down[b + 1] * ratio[r1 + j];
        down[a + 2] = down[b + 2] * ratio[r2 + j];
        down[a + 3] = down[b + 3] * ratio[r3 + j];
      }
    }
    // Leaves: G = value x P (the value is folded into the leaf's ratios), its share, G to the parent.
    for (let at = leafRange[t]; at < leafRange[t + 1]; at++) {
      const node = leaves[at];
      const table = CASES * offset[node];
      const cs = edgeCases(previous[node], node, follows, hot, cases);
      const r0 = table + (cs & 3) * q;
      const r1 = table + ((cs >> 2) & 3) * q;
      const r2 = table + ((cs >> 4) & 3) * q;
      const r3 = table + (cs >> 6) * q;
      const from = LANES * parentLocal[node];
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < q; j++) {
        const b = from + LANES * j;
        const g0 = down[b] * ratio[r0 + j];
        const g1 = down[b + 1] * ratio[r1 + j];
        const g2 = down[b + 2] * ratio[r2 + j];
        const g3 = down[b + 3] * ratio[r3 + j];
        s0 += g0 * weight[r0 + j];
        s1 += g1 * weight[r1 + j];
        s2 += g2 * weight[r2 + j];
        s3 += g3 * weight[r3 + j];
        up[b] += g0;
        up[b + 1] += g1;
        up[b + 2] += g2;
        up[b + 3] += g3;
      }
      const f = edgeFeature[node];
      phi[p0 + f] += s0;
      phi[p1 + f] += s1;
      phi[p2 + f] += s2;
      phi[p3 + f] += s3;
    }
    // Splits below the root, children before parents: their share of G, G to the parent.
    for (let at = lastSplit - 1; at >= firstSplit; at--) {
      const node = splits[at];
      const table = CASES * offset[node];
      const at4 = LANES * node;
      const w0 = table + cases[at4] * q;
      const w1 = table + cases[at4 + 1] * q;
      const w2 = table + cases[at4 + 2] * q;
      const w3 = table + cases[at4 + 3] * q;
      const own = LANES * local[node];
      const to = LANES * parentLocal[node];
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < q; j++) {
        const a = own + LANES * j;
        const b = to + LANES * j;
        const g0 = up[a];
        const g1 = up[a + 1];
        const g2 = up[a + 2];
        const g3 = up[a + 3];
        s0 += g0 * weight[w0 + j];
        s1 += g1 * weight[w1 + j];
        s2 += g2 * weight[w2 + j];
        s3 += g3 * weight[w3 + j];
        up[b] += g0;
        up[b + 1] += g1;
        up[b + 2] += g2;
        up[b + 3] += g3;
      }
      const f = edgeFeature[node];
      phi[p0 + f] += s0;
      phi[p1 + f] += s1;
      phi[p2 + f] += s2;
      phi[p3 + f] += s3;
    }
    for (let lane = 0; lane < LANES; lane++) {
      let leaf = root;
      while (feature[leaf] >= 0) leaf = hot[LANES * left[leaf] + lane] === 1 ? left[leaf] : right[leaf];
      outputs[k + lane] += scale[leaf];
    }
  }
}

/**
 * The edge into `node` for the four lanes: whether each row follows every edge of this
 * feature so far (kept in `follows`) and the edge's case, (o_prev, o_new) = (1, 1) 0,
 * (1, 0) 1, (0, 0) 2 (kept in `cases`); the four cases packed 2 bits each, lane 0 lowest.
 */
function edgeCases(prev: number, node: number, follows: Uint8Array, hot: Uint8Array, cases: Uint8Array): number {
  const at = LANES * node;
  const from = LANES * prev;
  const b0 = prev >= 0 ? follows[from] : 1;
  const b1 = prev >= 0 ? follows[from + 1] : 1;
  const b2 = prev >= 0 ? follows[from + 2] : 1;
  const b3 = prev >= 0 ? follows[from + 3] : 1;
  const n0 = b0 & hot[at];
  const n1 = b1 & hot[at + 1];
  const n2 = b2 & hot[at + 2];
  const n3 = b3 & hot[at + 3];
  follows[at] = n0;
  follows[at + 1] = n1;
  follows[at + 2] = n2;
  follows[at + 3] = n3;
  const c0 = 2 - b0 - n0;
  const c1 = 2 - b1 - n1;
  const c2 = 2 - b2 - n2;
  const c3 = 2 - b3 - n3;
  cases[at] = c0;
  cases[at + 1] = c1;
  cases[at + 2] = c2;
  cases[at + 3] = c3;
  return c0 | (c1 << 2) | (c2 << 4) | (c3 << 6);
}

/** edgeCases for one row (lane-less indices): the edge's case, kept in `cases`. */
function edgeCase(prev: number, node: number, follows: Uint8Array, hot: Uint8Array, cases: Uint8Array): number {
  const before = prev >= 0 ? follows[prev] : 1;
  const now = before & hot[node];
  follows[node] = now;
  const c = 2 - before - now;
  cases[node] = c;
  return c;
}
