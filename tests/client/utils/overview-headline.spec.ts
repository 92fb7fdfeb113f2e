import { describe, expect, it } from 'vitest';
import { headlineWho, importsSince, trainingImport } from '../../../client/src/utils/overview-headline';

const imports = [
  { status: 'SUCCEEDED', createdAt: '2026-03-01T09:00:00Z', finishedAt: '2026-03-01T09:01:00Z', fileName: 'march.csv' },
  { status: 'FAILED', createdAt: '2026-03-02T09:00:00Z', finishedAt: '2026-03-02T09:00:05Z', fileName: 'broken.csv' },
  { status: 'SUCCEEDED', createdAt: '2026-03-03T09:00:00Z', finishedAt: '2026-03-03T09:02:00Z', fileName: 'third.csv' },
  { status: 'SUCCEEDED', createdAt: '2026-03-06T09:00:00Z', finishedAt: '2026-03-06T09:02:00Z', fileName: 'later.csv' },
];

describe('the Overview headline', () => {
  it('names the last finished import before training as the data the model learned from', () => {
    expect(trainingImport(imports, '2026-03-04T12:00:00Z')?.fileName).toBe('third.csv');
    // A failed import is no data; nothing before the first import is none.
    expect(trainingImport(imports, '2026-03-02T12:00:00Z')?.fileName).toBe('march.csv');
    expect(trainingImport(imports, '2026-02-01T00:00:00Z')).toBeNull();
  });

  it('counts the finished imports the model has not seen', () => {
    expect(importsSince(imports, '2026-03-04T12:00:00Z')).toBe(1);
    expect(importsSince(imports, '2026-03-07T00:00:00Z')).toBe(0);
    expect(importsSince(imports, '2026-02-01T00:00:00Z')).toBe(3);
  });

  it('takes who to contact from the brief’s first paragraph, without its heading', () => {
    const brief = '**Who to contact next time.** Customers who accepted campaign 5.\n\n**How many.** 163 customers.';
    expect(headlineWho(brief)).toBe('Customers who accepted campaign 5.');
    expect(headlineWho('')).toBe('');
  });
});
