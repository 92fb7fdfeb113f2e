/**
 * The JSON form of a trained tree model: node arrays as base64 of their little-endian
 * bytes (exact for doubles, ~6x smaller than number lists), the rest plain JSON.
 */

export type TreeAlgorithm = 'DECISION_TREE' | 'RANDOM_FOREST' | 'GRADIENT_BOOSTING';

/** How tree outputs become a probability. */
export type Aggregation = 'mean' | 'logistic-sum';

export type SerializedFeature =
  { name: string; kind: 'numeric' } | { name: string; kind: 'categorical'; levels: string[]; otherBin: number; missingBin: number };

export interface SerializedTreeModel {
  format: 'campaign-profiler/tree-model';
  version: 1;
  algorithm: TreeAlgorithm;
  aggregation: Aggregation;
  baseScore: number;
  /** Index of the first tree in the full forest (non-zero for a part trained elsewhere). */
  firstTree: number;
  features: SerializedFeature[];
  /** Base64 typed arrays: treeRoots, feature, left, right, maskOffset (Int32), threshold, value (Float64), missingLeft (Uint8), masks (Uint32). */
  arrays: Record<NodeArrayName, string>;
}

export type NodeArrayName = 'treeRoots' | 'feature' | 'threshold' | 'left' | 'right' | 'missingLeft' | 'maskOffset' | 'masks' | 'value';

type TypedArray = Int32Array | Uint32Array | Uint8Array | Float64Array;

export function typedToBase64(array: TypedArray): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

export function base64ToTyped<T extends TypedArray>(text: string, make: (buffer: ArrayBuffer, length: number) => T, bytesPer: number): T {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % bytesPer !== 0) throw new Error('Corrupt tree model: array length does not match its element size.');
  // Copy into a fresh, aligned buffer (Node's pooled buffers may start at any offset).
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  return make(buffer, bytes.length / bytesPer);
}

export const decodeInt32 = (text: string) => base64ToTyped(text, (b, n) => new Int32Array(b, 0, n), 4);
export const decodeUint32 = (text: string) => base64ToTyped(text, (b, n) => new Uint32Array(b, 0, n), 4);
export const decodeUint8 = (text: string) => base64ToTyped(text, (b, n) => new Uint8Array(b, 0, n), 1);
export const decodeFloat64 = (text: string) => base64ToTyped(text, (b, n) => new Float64Array(b, 0, n), 8);
