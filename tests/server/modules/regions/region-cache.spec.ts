import { describe, expect, it } from 'vitest';
import { RegionCache } from '../../../../server/src/modules/regions/region-cache.js';

describe('RegionCache', () => {
  it('keys breakdowns by dataset version, column and segmentation', () => {
    const cache = new RegionCache<string>();
    cache.set('d1', 3, 'State', 's1', 'states under s1');
    expect(cache.get('d1', 3, 'State', 's1')).toBe('states under s1');
    expect(cache.get('d1', 3, 'State', null)).toBeUndefined();
    expect(cache.get('d1', 3, 'Country', 's1')).toBeUndefined();
    expect(cache.get('d1', 4, 'State', 's1')).toBeUndefined();
  });

  it('drops a dataset’s older versions when a newer one is stored (an import or a column edit moved it)', () => {
    const cache = new RegionCache<string>();
    cache.set('d1', 3, 'State', null, 'v3');
    cache.set('d1', 3, 'Country', null, 'v3 countries');
    cache.set('d2', 1, 'State', null, 'other dataset');
    cache.set('d1', 4, 'State', null, 'v4');
    expect(cache.get('d1', 3, 'State', null)).toBeUndefined();
    expect(cache.get('d1', 3, 'Country', null)).toBeUndefined();
    expect(cache.get('d1', 4, 'State', null)).toBe('v4');
    expect(cache.get('d2', 1, 'State', null)).toBe('other dataset');
    cache.forget('d2');
    expect(cache.size).toBe(1);
  });

  it('stays bounded, dropping the least recently used first', () => {
    const cache = new RegionCache<number>(3);
    for (let i = 0; i < 3; i++) cache.set(`d${i}`, 1, 'State', null, i);
    expect(cache.get('d0', 1, 'State', null)).toBe(0);
    cache.set('d3', 1, 'State', null, 3);
    expect(cache.size).toBe(3);
    expect(cache.get('d1', 1, 'State', null)).toBeUndefined();
    expect(cache.get('d0', 1, 'State', null)).toBe(0);
  });
});
