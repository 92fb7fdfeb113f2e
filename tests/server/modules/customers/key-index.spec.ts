import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../../../server/src/modules/customers/key-index.js';

describe('KeyIndex', () => {
  const keys = ['5524', '2174', '4141', '12', '120', '1203', '121', '1', 'A-7', 'a-7', '99'];
  const index = new KeyIndex(keys);

  it('suggests keys starting with the typed text, shortest first, then in text order', () => {
    expect(index.startingWith('12', 10)).toEqual(['12', '120', '121', '1203']);
    expect(index.startingWith('1', 3)).toEqual(['1', '12', '120']);
    expect(index.startingWith('55', 10)).toEqual(['5524']);
    expect(index.startingWith('A', 10)).toEqual(['A-7']);
    expect(index.startingWith('7', 10)).toEqual([]);
    expect(index.size).toBe(keys.length);
  });

  it('agrees with a plain filter on many keys', () => {
    const many = Array.from({ length: 5000 }, (_, i) => String((i * 7919) % 100_003));
    const big = new KeyIndex(many);
    for (const prefix of ['1', '42', '999', '100', '7']) {
      const expected = many
        .filter((k) => k.startsWith(prefix))
        .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
        .slice(0, 10);
      expect(big.startingWith(prefix, 10)).toEqual(expected);
    }
  });
});
