import { describe, expect, it } from 'vitest';
import { HashBudget, UniquenessTracker } from '../../../../../server/src/modules/datasets/import/uniqueness-tracker.js';

describe('UniquenessTracker', () => {
  it('finds no false duplicate among 200,000 distinct values and catches a real one', () => {
    const budget = new HashBudget(1_000_000);
    const tracker = new UniquenessTracker(budget, 16);
    for (let i = 0; i < 200_000; i++) expect(tracker.add(`id-${i}`)).toBe(true);
    expect(tracker.size).toBe(200_000);
    expect(tracker.add('id-123')).toBe(false);
    expect(tracker.duplicate).toBe(true);
    expect(budget.remaining).toBe(1_000_000); // released once the answer is known
  });

  it('gives up when the shared budget is spent', () => {
    const budget = new HashBudget(10);
    const tracker = new UniquenessTracker(budget);
    for (let i = 0; i < 20; i++) tracker.add(String(i));
    expect(tracker.exhausted).toBe(true);
    expect(tracker.active).toBe(false);
  });
});
