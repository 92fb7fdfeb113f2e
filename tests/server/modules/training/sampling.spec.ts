import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../../../server/src/modules/training/pipeline/build-feature-table.js';
import { estimateTrainingMemory, formatMegabytes, memoryRefusal } from '../../../../server/src/modules/training/sampling.js';
import { say } from '../../../../server/src/modules/phrasing/user-errors.js';

const specs: ColumnSpec[] = [
  { name: 'ID', kind: 'IDENTIFIER' },
  ...Array.from({ length: 20 }, (_, i): ColumnSpec => ({ name: `n${i}`, kind: 'NUMERIC' })),
  ...Array.from({ length: 5 }, (_, i): ColumnSpec => ({ name: `c${i}`, kind: 'CATEGORICAL' })),
  { name: 'Response', kind: 'BINARY' },
];

describe('training memory estimate', () => {
  it('grows with the rows and refuses with a clear message above the limit', () => {
    const small = estimateTrainingMemory(10_000, specs, {}, 200_000);
    const large = estimateTrainingMemory(1_000_000, specs, {}, 200_000);
    expect(large.megabytes).toBeGreaterThan(small.megabytes + 500);
    expect(memoryRefusal(small, 1536)).toBeNull();
    expect(say(memoryRefusal(large, 200)!)).toBe(
      `This dataset needs about ${formatMegabytes(large.megabytes)} to train; the server allows 200 MB: set MAX_TRAINING_MEMORY_MB or train on a sample.`,
    );
  });

  it('says sizes the way a person reads them', () => {
    expect(formatMegabytes(2150)).toBe('2.1 GB');
    expect(formatMegabytes(1536)).toBe('1.5 GB');
    expect(formatMegabytes(842)).toBe('850 MB');
  });

  it('a lower row cap needs less memory, and a million rows fit the default 1.5 GB with the default cap', () => {
    expect(memoryRefusal(estimateTrainingMemory(1_000_000, specs, {}, 200_000), 1536)).toBeNull();
    expect(estimateTrainingMemory(1_000_000, specs, {}, 50_000).megabytes).toBeLessThan(
      estimateTrainingMemory(1_000_000, specs, {}, 0).megabytes,
    );
  });
});
