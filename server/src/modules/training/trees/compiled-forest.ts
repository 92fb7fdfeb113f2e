/**
 * A trained tree model in flat typed arrays over all trees, predicting on RAW feature
 * tables: numeric splits compare the raw value with the bin's raw upper bound, categorical
 * splits test the level's bin in a bitmask. This reproduces the binned training-time
 * decisions exactly (see binning.ts), without binning the data at prediction time.
 */
import type { FeatureTable } from '../data/feature-table.js';
import { isCategorical } from '../data/feature-table.js';
import { categoryBinLookup, findFeature, type Binner, type CategoricalBinning } from './binning.js';
import { MASK_WORDS, type HistTree } from './tree-structure.js';
import {
  decodeFloat64,
  decodeInt32,
  decodeUint32,
  decodeUint8,
  typedToBase64,
  type Aggregation,
  type SerializedFeature,
  type SerializedTreeModel,
  type TreeAlgorithm,
} from './serialization.js';

export interface ForestArrays {
  treeRoots: Int32Array;
  /** Split feature per node, -1 for leaves. */
  feature: Int32Array;
  /** Rows with value <= threshold go left (numeric splits). */
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  missingLeft: Uint8Array;
  /** Offset of the node's categorical left-set mask in `masks`, -1 for numeric splits and leaves. */
  maskOffset: Int32Array;
  masks: Uint32Array;
  value: Float64Array;
}

/** Per model feature: numeric values (numeric splits) or category bins (categorical splits). */
export interface TraversalInputs {
  numeric: (Float64Array | null)[];
  bins: (Int32Array | null)[];
}

export interface ForestHeader {
  algorithm: TreeAlgorithm;
  aggregation: Aggregation;
  baseScore: number;
  firstTree: number;
  features: SerializedFeature[];
}

export class CompiledForest {
  readonly algorithm: TreeAlgorithm;
  readonly aggregation: Aggregation;
  readonly baseScore: number;
  readonly firstTree: number;
  readonly features: SerializedFeature[];
  readonly arrays: ForestArrays;
  /** Per-call scratch, reused so repeated scoring (permutation importance, PDP) does not allocate. */
  private binBuffers: Int32Array[] = [];

  constructor(header: ForestHeader, arrays: ForestArrays) {
    this.algorithm = header.algorithm;
    this.aggregation = header.aggregation;
    this.baseScore = header.baseScore;
    this.firstTree = header.firstTree;
    this.features = header.features;
    this.arrays = arrays;
  }

  get treeCount(): number {
    return this.arrays.treeRoots.length;
  }

  get nodeCount(): number {
    return this.arrays.feature.length;
  }

  /** Response probability per row of `table` (features matched by name). */
  predictProba(table: FeatureTable, out?: Float64Array): Float64Array {
    const n = table.rowCount;
    const result = out && out.length >= n ? out : new Float64Array(n);
    const { numeric, bins } = this.inputsFor(table, this.binBuffers);
    const { treeRoots, feature, threshold, left, right, missingLeft, maskOffset, masks, value } = this.arrays;
    const start = this.aggregation === 'logistic-sum' ? this.baseScore : 0;
    for (let i = 0; i < n; i++) result[i] = start;
    for (let t = 0; t < treeRoots.length; t++) {
      const root = treeRoots[t];
      for (let i = 0; i < n; i++) {
        let node = root;
        let f = feature[node];
        while (f >= 0) {
          const offset = maskOffset[node];
          let goLeft: boolean;
          if (offset >= 0) {
            const bin = (bins[f] as Int32Array)[i];
            goLeft = ((masks[offset + (bin >>> 5)] >>> (bin & 31)) & 1) === 1;
          } else {
            const v = (numeric[f] as Float64Array)[i];
            goLeft = v !== v ? missingLeft[node] === 1 : v <= threshold[node];
          }
          node = goLeft ? left[node] : right[node];
          f = feature[node];
        }
        result[i] += value[node];
      }
    }
    finishAggregation(this.aggregation, result, n, treeRoots.length);
    return result;
  }

  /**
   * The columns a traversal reads, by model feature index: raw values of numeric features,
   * bins of categorical ones (written into `scratch[j]` when given, so repeated calls reuse it).
   */
  inputsFor(table: FeatureTable, scratch?: Int32Array[]): TraversalInputs {
    const n = table.rowCount;
    const numeric: (Float64Array | null)[] = [];
    const bins: (Int32Array | null)[] = [];
    this.features.forEach((spec, j) => {
      const feature = findFeature(table, spec);
      if (spec.kind === 'numeric') {
        if (isCategorical(feature)) throw new Error(`Feature "${spec.name}" was numeric when the model was trained.`);
        numeric.push(feature.values);
        bins.push(null);
        return;
      }
      if (!isCategorical(feature)) throw new Error(`Feature "${spec.name}" was categorical when the model was trained.`);
      let buffer = scratch?.[j];
      if (!buffer || buffer.length < n) buffer = new Int32Array(n);
      if (scratch) scratch[j] = buffer;
      const lookup = categoryBinLookup(spec as CategoricalBinning, feature.levels);
      const codes = feature.codes;
      for (let i = 0; i < n; i++) buffer[i] = codes[i] < 0 ? spec.missingBin : lookup[codes[i]];
      numeric.push(null);
      bins.push(buffer);
    });
    return { numeric, bins };
  }

  toJSON(): SerializedTreeModel {
    const a = this.arrays;
    return {
      format: 'campaign-profiler/tree-model',
      version: 1,
      algorithm: this.algorithm,
      aggregation: this.aggregation,
      baseScore: this.baseScore,
      firstTree: this.firstTree,
      features: this.features,
      arrays: {
        treeRoots: typedToBase64(a.treeRoots),
        feature: typedToBase64(a.feature),
        threshold: typedToBase64(a.threshold),
        left: typedToBase64(a.left),
        right: typedToBase64(a.right),
        missingLeft: typedToBase64(a.missingLeft),
        maskOffset: typedToBase64(a.maskOffset),
        masks: typedToBase64(a.masks),
        value: typedToBase64(a.value),
      },
    };
  }

  static fromJSON(json: SerializedTreeModel): CompiledForest {
    if (json?.format !== 'campaign-profiler/tree-model' || json.version !== 1)
      throw new Error('Not a serialized tree model (format campaign-profiler/tree-model, version 1).');
    const a = json.arrays;
    const arrays: ForestArrays = {
      treeRoots: decodeInt32(a.treeRoots),
      feature: decodeInt32(a.feature),
      threshold: decodeFloat64(a.threshold),
      left: decodeInt32(a.left),
      right: decodeInt32(a.right),
      missingLeft: decodeUint8(a.missingLeft),
      maskOffset: decodeInt32(a.maskOffset),
      masks: decodeUint32(a.masks),
      value: decodeFloat64(a.value),
    };
    const n = arrays.feature.length;
    for (const key of ['threshold', 'left', 'right', 'missingLeft', 'maskOffset', 'value'] as const) {
      if (arrays[key].length !== n) throw new Error(`Corrupt tree model: "${key}" has ${arrays[key].length} entries for ${n} nodes.`);
    }
    return new CompiledForest({ ...json }, arrays);
  }
}

/** Turns summed tree outputs into probabilities in place (shared by both prediction paths). */
export function finishAggregation(aggregation: Aggregation, sums: Float64Array, n: number, treeCount: number): void {
  if (aggregation === 'logistic-sum') for (let i = 0; i < n; i++) sums[i] = 1 / (1 + Math.exp(-sums[i]));
  else for (let i = 0; i < n; i++) sums[i] /= treeCount;
}

export function serializeFeatures(binner: Binner): SerializedFeature[] {
  return binner.features.map((f): SerializedFeature =>
    f.kind === 'numeric'
      ? { name: f.name, kind: 'numeric' }
      : { name: f.name, kind: 'categorical', levels: f.levels.slice(), otherBin: f.otherBin, missingBin: f.missingBin },
  );
}

/** Flattens binned trees, replacing bin thresholds by the binner's raw-value bounds. */
export function compileForest(trees: HistTree[], binner: Binner, header: Omit<ForestHeader, 'features'>): CompiledForest {
  let nodes = 0;
  let maskWords = 0;
  for (const tree of trees) {
    nodes += tree.nodeCount;
    for (let i = 0; i < tree.nodeCount; i++) if (tree.feature[i] >= 0 && tree.maskOffset[i] >= 0) maskWords += MASK_WORDS;
  }
  const arrays: ForestArrays = {
    treeRoots: new Int32Array(trees.length),
    feature: new Int32Array(nodes),
    threshold: new Float64Array(nodes),
    left: new Int32Array(nodes),
    right: new Int32Array(nodes),
    missingLeft: new Uint8Array(nodes),
    maskOffset: new Int32Array(nodes).fill(-1),
    masks: new Uint32Array(maskWords),
    value: new Float64Array(nodes),
  };
  let base = 0;
  let words = 0;
  trees.forEach((tree, t) => {
    arrays.treeRoots[t] = base;
    for (let i = 0; i < tree.nodeCount; i++) {
      const at = base + i;
      const f = tree.feature[i];
      arrays.feature[at] = f;
      arrays.value[at] = tree.value[i];
      if (f < 0) continue;
      arrays.left[at] = base + tree.left[i];
      arrays.right[at] = base + tree.right[i];
      arrays.missingLeft[at] = tree.missingLeft[i];
      const binning = binner.features[f];
      if (binning.kind === 'categorical') {
        arrays.masks.set(tree.masks.subarray(tree.maskOffset[i], tree.maskOffset[i] + MASK_WORDS), words);
        arrays.maskOffset[at] = words;
        words += MASK_WORDS;
      } else {
        const b = tree.threshold[i];
        // A split after the last value bin separates only the missing values.
        arrays.threshold[at] = b < binning.thresholds.length ? binning.thresholds[b] : Infinity;
      }
    }
    base += tree.nodeCount;
  });
  return new CompiledForest({ ...header, features: serializeFeatures(binner) }, arrays);
}

/** Joins forest parts trained separately (e.g. in worker threads) into one forest, in tree order. */
export function mergeForests(parts: CompiledForest[]): CompiledForest {
  if (parts.length === 0) throw new Error('mergeForests needs at least one part.');
  const sorted = parts.slice().sort((a, b) => a.firstTree - b.firstTree);
  const first = sorted[0];
  const featureKey = JSON.stringify(first.features);
  let expected = first.firstTree;
  for (const part of sorted) {
    if (part.algorithm !== first.algorithm || part.aggregation !== first.aggregation || part.baseScore !== first.baseScore)
      throw new Error('mergeForests: the parts are different kinds of model.');
    if (JSON.stringify(part.features) !== featureKey)
      throw new Error('mergeForests: the parts were trained on differently binned features.');
    if (part.firstTree !== expected) throw new Error(`mergeForests: trees ${expected}..${part.firstTree - 1} are missing or overlap.`);
    expected += part.treeCount;
  }
  const total = (pick: (a: ForestArrays) => { length: number }) => sorted.reduce((sum, p) => sum + pick(p.arrays).length, 0);
  const arrays: ForestArrays = {
    treeRoots: new Int32Array(total((a) => a.treeRoots)),
    feature: new Int32Array(total((a) => a.feature)),
    threshold: new Float64Array(total((a) => a.threshold)),
    left: new Int32Array(total((a) => a.left)),
    right: new Int32Array(total((a) => a.right)),
    missingLeft: new Uint8Array(total((a) => a.missingLeft)),
    maskOffset: new Int32Array(total((a) => a.maskOffset)),
    masks: new Uint32Array(total((a) => a.masks)),
    value: new Float64Array(total((a) => a.value)),
  };
  let nodes = 0;
  let words = 0;
  let trees = 0;
  for (const { arrays: a } of sorted) {
    const n = a.feature.length;
    for (let t = 0; t < a.treeRoots.length; t++) arrays.treeRoots[trees + t] = a.treeRoots[t] + nodes;
    arrays.feature.set(a.feature, nodes);
    arrays.threshold.set(a.threshold, nodes);
    arrays.missingLeft.set(a.missingLeft, nodes);
    arrays.value.set(a.value, nodes);
    arrays.masks.set(a.masks, words);
    for (let i = 0; i < n; i++) {
      arrays.left[nodes + i] = a.left[i] + nodes;
      arrays.right[nodes + i] = a.right[i] + nodes;
      arrays.maskOffset[nodes + i] = a.maskOffset[i] >= 0 ? a.maskOffset[i] + words : -1;
    }
    nodes += n;
    words += a.masks.length;
    trees += a.treeRoots.length;
  }
  return new CompiledForest({ ...first, firstTree: first.firstTree, features: first.features }, arrays);
}
