import { describe, expect, it } from 'vitest';
import { chooseDatasetId, queryParam } from '../../../client/src/utils/dataset-choice';

const list = [
  { id: '1', createdAt: '2025-01-05T10:00:00.000Z' },
  { id: '2', createdAt: '2025-03-01T09:00:00.000Z' },
  { id: '3', createdAt: '2025-02-11T08:00:00.000Z' },
];

describe('chooseDatasetId', () => {
  it('prefers the URL, then the stored choice, then the newest dataset', () => {
    expect(chooseDatasetId(list, '3', '1')).toBe('3');
    expect(chooseDatasetId(list, null, '1')).toBe('1');
    expect(chooseDatasetId(list, null, null)).toBe('2');
  });

  it('skips ids that no longer exist', () => {
    expect(chooseDatasetId(list, '99', '1')).toBe('1');
    expect(chooseDatasetId(list, '99', '98')).toBe('2');
  });

  it('is null when there is no dataset', () => {
    expect(chooseDatasetId([], '1', '1')).toBeNull();
  });
});

describe('queryParam', () => {
  it('reads one string from what vue-router gives', () => {
    expect(queryParam('7')).toBe('7');
    expect(queryParam(['8', '9'])).toBe('8');
    expect(queryParam('')).toBeNull();
    expect(queryParam(null)).toBeNull();
    expect(queryParam(undefined)).toBeNull();
  });
});
