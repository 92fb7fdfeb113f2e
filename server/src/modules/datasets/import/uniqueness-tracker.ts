/**
 * Bounded-memory "are all values of this column different?" for the IDENTIFIER check.
 *
 * Exact strings would cost ~50-100 bytes per value (a million-row ID column: ~100 MB per
 * column), so values are kept as 64-bit hashes (two independent 32-bit hashes) in an
 * open-addressing table: 16-32 bytes per value. With 64 bits, the chance that a truly
 * unique column of n values shows a false duplicate is about n^2 / 2^65 (~3e-8 for a
 * million rows); a 32-bit hash alone would report ~100 false duplicates at that size.
 *
 * A shared HashBudget caps the total number of hashes across columns; a column that cannot
 * get more budget stops tracking and reports `exhausted` (uniqueness then unknown). Tracking
 * also stops at the first duplicate, since the column is then known not to be an identifier.
 */

export class HashBudget {
  constructor(public remaining: number) {}
}

/** The default total across all columns: ~4 million hashes, at most ~128 MB. */
export const DEFAULT_HASH_BUDGET = 4_000_000;

export class UniquenessTracker {
  private table: Uint32Array;
  private mask: number;
  size = 0;
  duplicate = false;
  exhausted = false;

  constructor(
    private readonly budget: HashBudget,
    initialCapacity = 4096,
  ) {
    const slots = nextPowerOfTwo(Math.max(16, initialCapacity * 2));
    this.table = new Uint32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** False once the answer is known (a duplicate) or unknowable (budget exhausted). */
  get active(): boolean {
    return !this.duplicate && !this.exhausted;
  }

  /** Adds a value; returns false when it was already there. */
  add(value: string): boolean {
    if (!this.active) return !this.duplicate;
    if (this.budget.remaining <= 0) {
      this.release();
      this.exhausted = true;
      return true;
    }
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = fmix(h1 ^ value.length) | 1; // never 0: 0/0 marks an empty slot
    h2 = fmix(h2);
    let slot = h1 & this.mask;
    const table = this.table;
    for (;;) {
      const a = table[slot * 2];
      if (a === 0) break;
      if (a === h1 >>> 0 && table[slot * 2 + 1] === h2 >>> 0) {
        this.duplicate = true;
        this.release();
        return false;
      }
      slot = (slot + 1) & this.mask;
    }
    table[slot * 2] = h1;
    table[slot * 2 + 1] = h2;
    this.size++;
    this.budget.remaining--;
    if (this.size * 2 > this.mask + 1) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    this.table = new Uint32Array(slots * 2);
    this.mask = slots - 1;
    for (let i = 0; i < old.length; i += 2) {
      const a = old[i];
      if (a === 0) continue;
      let slot = a & this.mask;
      while (this.table[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = a;
      this.table[slot * 2 + 1] = old[i + 1];
    }
  }

  private release(): void {
    this.budget.remaining += this.size;
    this.table = new Uint32Array(0);
    this.mask = 0;
  }
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
