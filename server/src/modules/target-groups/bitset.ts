/**
 * Row sets as packed bits: a conjunction of conditions is a word-wise AND and its size a
 * popcount, which keeps the beam search fast and small on a million rows.
 */

export type Bitset = Uint32Array;

export function emptyBitset(rowCount: number): Bitset {
  return new Uint32Array((rowCount + 31) >>> 5);
}

export function fullBitset(rowCount: number): Bitset {
  const bits = emptyBitset(rowCount);
  bits.fill(0xffffffff);
  const tail = rowCount & 31;
  if (tail !== 0) bits[bits.length - 1] = (1 << tail) - 1;
  return bits;
}

export function bitsetFrom(rowCount: number, test: (row: number) => boolean): Bitset {
  const bits = emptyBitset(rowCount);
  for (let i = 0; i < rowCount; i++) if (test(i)) bits[i >>> 5] |= 1 << (i & 31);
  return bits;
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function and(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] & b[w];
  return out;
}

/** |a AND b| and |a AND b AND c| in one pass (c = the responders). */
export function countAnd(a: Bitset, b: Bitset, c: Bitset): { count: number; positives: number } {
  let count = 0;
  let positives = 0;
  for (let w = 0; w < a.length; w++) {
    const x = a[w] & b[w];
    if (x === 0) continue;
    count += popcount32(x);
    positives += popcount32(x & c[w]);
  }
  return { count, positives };
}
