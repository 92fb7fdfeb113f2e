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
  levels: null,
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
      levels: null,
    });
  });

  it('words a category level by level: the column’s common values first, empty words dropped', () => {
    const marital: ColumnPhrasing = {
      ...teens,
      kind: 'CATEGORY',
      one: null,
      other: null,
      levels: [{ value: 'Married', text: 'are married' }],
    };
    const draft = phrasingDraft(marital, ['Single', 'Married']);
    expect(draft.levels).toEqual([
      { value: 'Single', text: '' },
      { value: 'Married', text: 'are married' },
    ]);
    expect(phrasingChange(marital, draft)).toBeNull();
    draft.levels[0]!.text = ' are single ';
    expect(phrasingChange(marital, draft)?.levels).toEqual([
      { value: 'Single', text: 'are single' },
      { value: 'Married', text: 'are married' },
    ]);
    // Clearing every level's words saves none: the levels are then named as they are.
    const cleared = { ...draft, levels: draft.levels.map((level) => ({ ...level, text: '' })) };
    expect(phrasingChange(marital, cleared)?.levels).toEqual([]);
  });

  it('says what is missing before saving', () => {
    expect(phrasingProblem({ ...phrasingDraft(teens), one: '' })).toMatch(/one and for several/);
    expect(phrasingProblem({ ...phrasingDraft(teens), kind: 'MONEY', verb: 'spent on wine' })).toMatch(/\{value\}/);
    expect(phrasingProblem(phrasingDraft(teens))).toBeNull();
  });
});
