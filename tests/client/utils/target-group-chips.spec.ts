import { describe, expect, it } from 'vitest';
import type { ConditionColumn } from '../../../client/src/graphql/target-group-operations';
import {
  chipKind,
  chipText,
  conditionsKey,
  dayToIso,
  isoToDay,
  levelChoices,
  levelName,
  readBound,
  removeCondition,
  sameConditions,
  setBounds,
  toInputs,
  toggleLevel,
  withServerText,
} from '../../../client/src/utils/target-group-chips';
import { EDUCATION as education, INCOME as income, RECENCY as recency } from './group-conditions';

const group = [recency, income, education];
const column = (overrides: Partial<ConditionColumn>): ConditionColumn => ({
  name: 'x',
  label: 'x',
  kind: 'NUMERIC',
  unit: null,
  min: null,
  max: null,
  topLevels: [],
  ...overrides,
});

describe('chips', () => {
  it('knows which editor each condition needs', () => {
    expect(chipKind(education, column({ kind: 'CATEGORICAL' }))).toBe('levels');
    expect(chipKind(recency, column({ kind: 'NUMERIC' }))).toBe('number');
    expect(chipKind({ levels: null }, column({ kind: 'DATE' }))).toBe('date');
    expect(chipKind(recency, undefined)).toBe('number');
  });

  it('removes a condition and leaves the others as they were', () => {
    expect(removeCondition(group, 'Income')).toEqual([recency, education]);
    expect(group).toHaveLength(3);
  });

  it('sends conditions without their wording', () => {
    expect(toInputs([income, education])).toEqual([
      { feature: 'Income', min: 60000, max: null, levels: null },
      { feature: 'Education', min: null, max: null, levels: ['PhD', 'Master'] },
    ]);
  });

  it('treats levels in any order as the same condition', () => {
    const swapped = { ...education, levels: ['Master', 'PhD'] };
    expect(sameConditions(toInputs([education]), toInputs([swapped]))).toBe(true);
    expect(conditionsKey(toInputs([education]))).toBe(conditionsKey(toInputs([swapped])));
    expect(sameConditions(toInputs([income]), toInputs([{ ...income, min: 60001 }]))).toBe(false);
    expect(sameConditions(toInputs([recency, income]), toInputs([recency]))).toBe(false);
  });
});

describe('adjusting bounds', () => {
  it('sets new bounds with interim wording until the server words them', () => {
    const result = setBounds(group, 'Income', 50000, 90000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.conditions[1]).toMatchObject({ min: 50000, max: 90000, text: 'Yearly household income between 50,000 and 90,000' });
    expect(result.conditions[0]).toBe(recency);
    const open = setBounds(group, 'Recency', null, 45);
    expect(open.ok && open.conditions[0]?.text).toBe('Days since last purchase at most 45');
  });

  it('refuses bounds that cannot be counted, saying why', () => {
    expect(setBounds(group, 'Income', 90000, 50000)).toEqual({ ok: false, problem: 'The lower bound is above the upper bound.' });
    expect(setBounds(group, 'Income', null, null)).toEqual({ ok: false, problem: 'Give at least one bound, or remove the condition.' });
    expect(setBounds(group, 'Income', Number.NaN, null)).toEqual({ ok: false, problem: 'Enter numbers for the bounds.' });
    expect(setBounds(group, 'Age', 1, 2).ok).toBe(false);
  });

  it('reads what people type into a bound', () => {
    expect(readBound('')).toBeNull();
    expect(readBound('  ')).toBeNull();
    expect(readBound('60,000')).toBe(60000);
    expect(readBound('1.5')).toBe(1.5);
    expect(readBound('sixty')).toBeNaN();
    expect(readBound(12)).toBe(12);
  });

  it('turns date bounds into days since 1970 and back', () => {
    expect(isoToDay('2014-06-29')).toBe(16250);
    expect(dayToIso(16250)).toBe('2014-06-29');
    expect(dayToIso(16249.6)).toBe('2014-06-29');
    expect(dayToIso(null)).toBe('');
    expect(isoToDay('')).toBeNull();
    expect(isoToDay('29/06/2014')).toBeNaN();
  });
});

describe('adjusting levels', () => {
  it('adds and removes values, keeping at least one', () => {
    const added = toggleLevel(group, 'Education', 'Graduation');
    expect(added.ok && added.conditions[2]?.levels).toEqual(['PhD', 'Master', 'Graduation']);
    const removed = toggleLevel(group, 'Education', 'PhD');
    expect(removed.ok && removed.conditions[2]?.levels).toEqual(['Master']);
    const single = [{ ...education, levels: ['PhD'] }];
    expect(toggleLevel(single, 'Education', 'PhD')).toEqual({ ok: false, problem: 'Keep at least one value, or remove the condition.' });
    expect(toggleLevel(group, 'Income', 'PhD').ok).toBe(false);
  });

  it('offers the column’s common values, then any the condition uses', () => {
    const col = column({
      kind: 'CATEGORICAL',
      topLevels: [
        { value: 'Graduation', count: 1000 },
        { value: 'PhD', count: 400 },
      ],
    });
    expect(levelChoices(education, col)).toEqual(['Graduation', 'PhD', 'Master']);
    expect(levelChoices(education, undefined)).toEqual(['PhD', 'Master']);
  });
});

describe('the server’s wording', () => {
  it('replaces the interim text once the recount is for exactly these conditions', () => {
    const edited = setBounds(group, 'Income', 50000, null);
    if (!edited.ok) throw new Error(edited.problem);
    const server = edited.conditions.map((c) => (c.feature === 'Income' ? { ...c, text: 'earn at least 50,000 a year' } : c));
    expect(withServerText(edited.conditions, server)[1]?.text).toBe('earn at least 50,000 a year');
    // A recount for other conditions (the user typed on) keeps the interim text.
    expect(withServerText(edited.conditions, group)[1]?.text).toBe('Yearly household income at least 50,000');
    expect(withServerText(edited.conditions, null)).toEqual(edited.conditions);
  });
});

describe('plain words on chips', () => {
  it('names yes/no values and keeps other values as they are', () => {
    expect(levelName('1', 'BINARY')).toBe('Yes');
    expect(levelName('no', 'BINARY')).toBe('No');
    expect(levelName('1', 'CATEGORICAL')).toBe('1');
    expect(levelName('PhD', undefined)).toBe('PhD');
    expect(levelName('', 'CATEGORICAL')).toBe('(empty)');
  });

  it('does not repeat a flag’s label as its text', () => {
    expect(chipText({ label: 'Accepted campaign 5', text: 'accepted campaign 5' })).toBe('yes');
    expect(chipText(income)).toBe('earn at least 60,000 a year');
  });
});
