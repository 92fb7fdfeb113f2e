/**
 * A tree as grown on binned data: nodes in parallel typed arrays (grown by doubling, never
 * one object per node), categorical splits as 256-bit bin masks in a shared word pool.
 */
import type { BinnedDataset } from './binning.js';

/** 32-bit words per categorical left-set mask: 256 possible bins. */
export const MASK_WORDS = 8;

export class HistTree {
  nodeCount = 0;
  /** Split feature, -1 for a leaf. */
  feature = new Int32Array(16);
  /** Numeric split: rows with bin <= threshold go left. */
  threshold = new Int32Array(16);
  /** Categorical split: offset of the left-set mask in `masks`, -1 for numeric splits. */
  maskOffset = new Int32Array(16);
  missingLeft = new Uint8Array(16);
  left = new Int32Array(16);
  right = new Int32Array(16);
  value = new Float64Array(16);
  /** Training rows (distinct) reaching the node. */
  count = new Int32Array(16);
  gain = new Float64Array(16);
  masks = new Uint32Array(64);
  maskWords = 0;

  addNode(value: number, count: number): number {
    if (this.nodeCount === this.feature.length) this.grow();
    const id = this.nodeCount++;
    this.feature[id] = -1;
    this.maskOffset[id] = -1;
    this.value[id] = value;
    this.count[id] = count;
    return id;
  }

  /** Stores a mask and returns its offset. */
  addMask(mask: Uint32Array): number {
    if (this.maskWords + MASK_WORDS > this.masks.length) {
      const bigger = new Uint32Array(this.masks.length * 2);
      bigger.set(this.masks);
      this.masks = bigger;
    }
    const offset = this.maskWords;
    this.masks.set(mask.subarray(0, MASK_WORDS), offset);
    this.maskWords += MASK_WORDS;
    return offset;
  }

  /** Leaf value for one row of binned data (the training-time prediction path). */
  predictBinnedRow(data: BinnedDataset, row: number): number {
    let node = 0;
    const { feature, threshold, maskOffset, missingLeft, left, right, masks } = this;
    while (feature[node] >= 0) {
      const f = feature[node];
      const bin = data.columns[f][row];
      let goLeft: boolean;
      const offset = maskOffset[node];
      if (offset >= 0) goLeft = ((masks[offset + (bin >>> 5)] >>> (bin & 31)) & 1) === 1;
      else if (bin === data.missingBin[f]) goLeft = missingLeft[node] === 1;
      else goLeft = bin <= threshold[node];
      node = goLeft ? left[node] : right[node];
    }
    return this.value[node];
  }

  /** Multiplies every leaf value (boosting shrinkage), so both prediction paths see the same numbers. */
  scaleLeaves(factor: number): void {
    for (let i = 0; i < this.nodeCount; i++) if (this.feature[i] < 0) this.value[i] *= factor;
  }

  private grow(): void {
    const size = this.feature.length * 2;
    const resize = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.feature = resize(this.feature, (n) => new Int32Array(n));
    this.threshold = resize(this.threshold, (n) => new Int32Array(n));
    this.maskOffset = resize(this.maskOffset, (n) => new Int32Array(n));
    this.missingLeft = resize(this.missingLeft, (n) => new Uint8Array(n));
    this.left = resize(this.left, (n) => new Int32Array(n));
    this.right = resize(this.right, (n) => new Int32Array(n));
    this.value = resize(this.value, (n) => new Float64Array(n));
    this.count = resize(this.count, (n) => new Int32Array(n));
    this.gain = resize(this.gain, (n) => new Float64Array(n));
  }
}

export function isInMask(masks: Uint32Array, offset: number, bin: number): boolean {
  return ((masks[offset + (bin >>> 5)] >>> (bin & 31)) & 1) === 1;
}
