import { describe, expect, it } from 'vitest';
import type { ColumnPhrasing } from '../../../client/src/graphql/types';
import { phrasingChange, phrasingDraft, phrasingFields, phrasingProblem } from '../../../client/src/utils/column-phrasing';

const teens: ColumnPhrasing = {
  kind: 'COUNT',
  one: 'teenager at home',
  other: 'teenagers at home',
  verb: null,
  event: null,
  unit: null,
  yes: null,
  no: null,
};

describe('column phrasing editor', () => {
  it('offers the texts each kind needs', () => {
    expect(phrasingFields('COUNT')).toEqual(['one', 'other']);
    expect(phrasingFields('FACT')).toEqual(['yes', 'no']);
    expect(phrasingFields('CATEGORY')).toEqual([]);
  });

  it('saves only what changed, trimmed, with the texts of the chosen kind', () => {
    expect(phrasingChange(teens, phrasingDraft(teens))).toBeNull();
    const draft = { ...phrasingDraft(teens), other: ' teens at home ' };
    expect(phrasingChange(teens, draft)).toEqual({ ...teens, other: 'teens at home' });
    const money = { ...phrasingDraft(teens), kind: 'MONEY' as const, verb: 'spent {value} on wine' };
    expect(phrasingChange(teens, money)).toEqual({
      kind: 'MONEY',
      one: null,
      other: null,
      verb: 'spent {value} on wine',
      event: null,
      unit: null,
      yes: null,
      no: null,
    });
  });

  it('says what is missing before saving', () => {
    expect(phrasingProblem({ ...phrasingDraft(teens), one: '' })).toMatch(/one and for several/);
    expect(phrasingProblem({ ...phrasingDraft(teens), kind: 'MONEY', verb: 'spent on wine' })).toMatch(/\{value\}/);
    expect(phrasingProblem(phrasingDraft(teens))).toBeNull();
  });
});
