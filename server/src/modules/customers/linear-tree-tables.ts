/**
 * Exact TreeSHAP in O(T N Q) per customer (N nodes per tree, Q <= D/2 + 1 quadrature points)
 * instead of Algorithm 2's O(T L D^2): the idea of Linear TreeSHAP (Yu et al., NeurIPS
 * 2022), with the sample-independent parts computed once per tree as Fast TreeSHAP v2 (Yang
 * 2021) does.
 *
 * For a leaf with value v whose path has unique features j (z_j: product of the cover
 * fractions of j's edges, o_j: 1 when the customer follows all of j's edges, else 0), the
 * Shapley weights sum_S |S|!(d-|S|-1)!/d! are the integral over y in [0, 1] of y^|S|
 * (1-y)^(d-1-|S|), so
 *
 *   phi_i(leaf) = v (o_i - z_i) * integral_0^1 prod_{j != i} (z_j + (o_j - z_j) y) dy.
 *
 * P(y) = prod_j (z_j + (o_j - z_j) y) is carried down the tree as its values at the Gauss-
 * Legendre points of [0, 1] (exact for the degree d - 1 <= D - 1 integrands with Q = ceil(D/2)
 * points), summed over the leaves below each node on the way up (G), and feature i's share
 * for an edge is the quadrature of G times (o - z)/F for this edge minus the same for the
 * previous edge on the path with the same feature: over a leaf's path these terms telescope
 * to its final factor, so what is computed is exactly the sum above, and the rational parts
 * cancel before any quadrature error could arise. The customer only decides o (0 or 1) per
 * edge, so the per-point ratios F_new / F_prev and weights w (o - z)/F are tabulated per edge
 * for its three (o_prev, o_new) cases when the explainer is built; explaining a row is then
 * multiplications and sums over flat typed arrays with no allocation.
 */
import type { TreeExplainerBase } from './tree-explainer.types.js';

/** (o_prev, o_new) for an edge: 0 = (1, 1), 1 = (1, 0), 2 = (0, 0). */
export const CASES = 3;

export interface LinearTreeTables {
  /** Parent of every node (-1 for roots). */
  parent: Int32Array;
  /** The nearest ancestor edge (named by its child node) splitting on the same feature, or -1. */
  previous: Int32Array;
  /** Offset of the node's Q point values in the per-row buffer. */
  offset: Int32Array;
  /** Per edge and case, Q ratios F_new / F_prev at the points (at CASES * offset); times the value at leaves. */
  ratio: Float64Array;
  /** Per edge and case, Q quadrature weights times (o - z)/F minus the previous edge's. */
  weight: Float64Array;
  /** Points per tree. */
  points: Int32Array;
  /** Point values of the largest tree (one row's buffer). */
  largestTree: number;
  /** Per tree (from splitRange[t] to splitRange[t + 1]): its split nodes other than the root, in order. */
  splits: Int32Array;
  splitRange: Int32Array;
  /** Per tree (from leafRange[t] to leafRange[t + 1]): its leaves other than a leaf root. */
  leaves: Int32Array;
  leafRange: Int32Array;
  /** Offset of the node's points within its tree, and of its parent's (0 for roots). */
  local: Int32Array;
  parentLocal: Int32Array;
  /** The feature the node's parent splits on (-1 for roots). */
  edgeFeature: Int32Array;
  /** The leaf's value (already divided for mean aggregation) at leaves, 1 elsewhere. */
  scale: Float64Array;
  /** Total point values of one row (the buffer's length). */
  size: number;
}

/** Gauss-Legendre points and weights on [0, 1] (weights sum to 1). */
export function gaussLegendre(n: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let t = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 1;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = t;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      const pn = n === 1 ? t : p1;
      const pm = n === 1 ? 1 : p0;
      derivative = (n * (t * pn - pm)) / (t * t - 1);
      const step = pn / derivative;
      t -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    x[i] = (1 - t) / 2;
    w[i] = 1 / ((1 - t * t) * derivative * derivative);
  }
  return { x, w };
}

/** Builds the per-edge tables (once per explainer). */
export function linearTreeTables(ex: TreeExplainerBase): LinearTreeTables {
  const { treeRoots, feature, left, right } = ex.forest.arrays;
  const n = feature.length;
  const parent = new Int32Array(n).fill(-1);
  for (let node = 0; node < n; node++) {
    if (feature[node] < 0) continue;
    parent[left[node]] = node;
    parent[right[node]] = node;
  }
  const previous = new Int32Array(n).fill(-1);
  const zero = new Float64Array(n).fill(1);
  // Unique features on the path to each node (<= depth), for the points each tree needs.
  const unique = new Int32Array(n);
  for (let node = 0; node < n; node++) {
    const p = parent[node];
    if (p < 0) continue;
    let up = p;
    while (parent[up] >= 0 && feature[parent[up]] !== feature[p]) up = parent[up];
    const prev = parent[up] >= 0 ? up : -1;
    previous[node] = prev;
    zero[node] = ex.fraction[node] * (prev >= 0 ? zero[prev] : 1);
    unique[node] = unique[p] + (prev >= 0 ? 0 : 1);
  }
  const points = new Int32Array(treeRoots.length);
  const offset = new Int32Array(n);
  let size = 0;
  for (let t = 0; t < treeRoots.length; t++) {
    const end = t + 1 < treeRoots.length ? treeRoots[t + 1] : n;
    let most = 0;
    for (let node = treeRoots[t]; node < end; node++) most = Math.max(most, unique[node]);
    points[t] = Math.max(1, Math.ceil(most / 2));
    for (let node = treeRoots[t]; node < end; node++) {
      offset[node] = size;
      size += points[t];
    }
  }
  const ratio = new Float64Array(CASES * size);
  const weight = new Float64Array(CASES * size);
  const rules = new Map<number, ReturnType<typeof gaussLegendre>>();
  for (let t = 0; t < treeRoots.length; t++) {
    const q = points[t];
    if (!rules.has(q)) rules.set(q, gaussLegendre(q));
    const { x, w } = rules.get(q)!;
    const end = t + 1 < treeRoots.length ? treeRoots[t + 1] : n;
    for (let node = treeRoots[t] + 1; node < end; node++) {
      const prev = previous[node];
      const zNew = zero[node];
      const zPrev = prev >= 0 ? zero[prev] : 1;
      for (let c = 0; c < CASES; c++) {
        const oPrev = c === 2 ? 0 : 1;
        const oNew = c === 0 ? 1 : 0;
        if (prev < 0 && c === 2) continue; // no earlier edge: o_prev is 1
        const at = CASES * offset[node] + c * q;
        for (let k = 0; k < q; k++) {
          const fNew = zNew + (oNew - zNew) * x[k];
          const fPrev = prev >= 0 ? zPrev + (oPrev - zPrev) * x[k] : 1;
          // A zero factor (an edge no training row took, not followed) makes every value
          // below it zero: ratio 0 keeps them zero, and their weights never matter.
          ratio[at + k] = fPrev === 0 ? 0 : fNew / fPrev;
          const share = fNew === 0 ? 0 : (oNew - zNew) / fNew;
          const before = prev < 0 || fPrev === 0 ? 0 : (oPrev - zPrev) / fPrev;
          // Case 2 (the row left this feature's range at an earlier edge): both terms are
          // -1/(1 - y), so the edge has no share; written as an exact 0.
          weight[at + k] = c === 2 ? 0 : w[k] * (share - before);
        }
      }
    }
  }
  const local = new Int32Array(n);
  const parentLocal = new Int32Array(n);
  const edgeFeature = new Int32Array(n).fill(-1);
  for (let t = 0; t < treeRoots.length; t++) {
    const end = t + 1 < treeRoots.length ? treeRoots[t + 1] : n;
    for (let node = treeRoots[t]; node < end; node++) {
      local[node] = offset[node] - offset[treeRoots[t]];
      if (parent[node] < 0) continue;
      parentLocal[node] = offset[parent[node]] - offset[treeRoots[t]];
      edgeFeature[node] = feature[parent[node]];
    }
  }
  const scale = new Float64Array(n).fill(1);
  const splits: number[] = [];
  const leaves: number[] = [];
  const splitRange = new Int32Array(treeRoots.length + 1);
  const leafRange = new Int32Array(treeRoots.length + 1);
  let largestTree = 0;
  for (let t = 0; t < treeRoots.length; t++) {
    const end = t + 1 < treeRoots.length ? treeRoots[t + 1] : n;
    largestTree = Math.max(largestTree, (t + 1 < treeRoots.length ? offset[end] : size) - offset[treeRoots[t]]);
    for (let node = treeRoots[t] + 1; node < end; node++) {
      if (feature[node] >= 0) {
        splits.push(node);
        continue;
      }
      leaves.push(node);
      const at = CASES * offset[node];
      for (let j = 0; j < CASES * points[t]; j++) ratio[at + j] *= ex.leafValue[node];
    }
    splitRange[t + 1] = splits.length;
    leafRange[t + 1] = leaves.length;
  }
  for (let node = 0; node < n; node++) if (feature[node] < 0) scale[node] = ex.leafValue[node];
  return {
    parent,
    previous,
    offset,
    local,
    parentLocal,
    edgeFeature,
    ratio,
    weight,
    points,
    size,
    scale,
    largestTree,
    splits: Int32Array.from(splits),
    splitRange,
    leaves: Int32Array.from(leaves),
    leafRange,
  };
}
