/**
 * Up-front validation shared by the tree trainers, so a bad option fails with a message
 * naming it instead of producing a silently broken model.
 */
import type { FeatureTable } from '../data/feature-table.js';

export function checkInteger(name: string, value: number, min: number, max = Infinity): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `>= ${min}` : `between ${min} and ${max}`;
    throw new Error(`${name} must be an integer ${range} (got ${value}).`);
  }
  return value;
}

export function checkNumber(name: string, value: number, min: number, max: number, { openMin = false, openMax = false } = {}): number {
  const low = openMin ? value > min : value >= min;
  const high = openMax ? value < max : value <= max;
  if (typeof value !== 'number' || Number.isNaN(value) || !low || !high) {
    throw new Error(`${name} must be a number in ${openMin ? '(' : '['}${min}, ${max}${openMax ? ')' : ']'} (got ${value}).`);
  }
  return value;
}

/** `null`/`undefined` mean "no limit" (Infinity); otherwise a positive integer. */
export function checkLimit(name: string, value: number | null | undefined, min = 1): number {
  if (value === null || value === undefined) return Infinity;
  return checkInteger(name, value, min);
}

/** Rows and a 0/1 target that agree, with both classes present. */
export function checkTrainingData(table: FeatureTable, y: ArrayLike<number>): void {
  if (table.rowCount < 2) throw new Error(`Training needs at least 2 rows (got ${table.rowCount}).`);
  if (y.length !== table.rowCount) throw new Error(`The target has ${y.length} values for ${table.rowCount} rows.`);
  if (table.features.length === 0) throw new Error('Training needs at least one feature.');
  let positives = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new Error(`The target must be 0/1 (row ${i} is ${y[i]}).`);
    positives += y[i];
  }
  if (positives === 0 || positives === y.length) throw new Error('The target needs both responders (1) and non-responders (0).');
}

/** A well-mixed 32-bit seed for tree `index` that depends only on (randomState, index). */
export function treeSeed(randomState: number, index: number): number {
  return fmix32((fmix32(randomState >>> 0) + Math.imul(index + 1, 0x9e3779b9)) >>> 0);
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
