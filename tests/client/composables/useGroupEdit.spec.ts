import { effectScope, nextTick, ref } from 'vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConditionInput, GroupFigures, TargetGroup } from '../../../client/src/graphql/target-group-operations';
import { INCOME as income, RECENCY as recency } from '../utils/group-conditions';

const runQuery = vi.fn();
vi.mock('../../../client/src/graphql/client', () => ({ runQuery: (...args: unknown[]) => runQuery(...args) }));
const { useGroupEdit } = await import('../../../client/src/composables/useGroupEdit');

function described(conditions: TargetGroup['conditions']): TargetGroup {
  return {
    topN: 3,
    description: '',
    conditions,
    matchedCustomers: 184,
    share: 0.092,
    responseRate: 0.45,
    baseRate: 0.14,
    lift: 3.2,
    holdout: { matchedCustomers: 49, responseRate: 0.43, baseRate: 0.14, lift: 3.1 },
    found: true,
    responders: 83,
    meanPredicted: 0.42,
    distinguishingFeatures: [],
    stability: null,
    money: null,
    disagreements: [],
    quality: 0.5,
    qualityByTopN: [0.3, 0.4, 0.5],
    sameGroupFrom: 3,
    sameGroupTo: 3,
    suggestedTopN: 3,
  };
}

/** What the server answers: the conditions back with its wording, and a count. */
function figures(conditions: ConditionInput[], matched: number): { evaluateTargetGroup: GroupFigures } {
  return {
    evaluateTargetGroup: {
      conditions: conditions.map((c) => ({
        feature: c.feature,
        min: c.min ?? null,
        max: c.max ?? null,
        levels: c.levels ?? null,
        label: c.feature,
        text: `server: ${c.feature}`,
        clause: `who server: ${c.feature}`,
      })),
      who: `Customers ${conditions.map((c) => `who server: ${c.feature}`).join(' and ')}.`,
      matchedCustomers: matched,
      responders: 1,
      share: matched / 2000,
      responseRate: 0.3,
      baseRate: 0.14,
      lift: 2,
      holdout: { matchedCustomers: 10, responseRate: 0.3, baseRate: 0.14, lift: 2 },
      meanPredicted: 0.3,
      description: `**Who to contact next time.** ${matched} customers.`,
    },
  };
}

describe('useGroupEdit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    runQuery.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  function setup() {
    const group = ref<TargetGroup | null>(described([recency, income]));
    const modelId = ref<string | null>('m1');
    const scope = effectScope();
    const edit = scope.run(() => useGroupEdit(group, modelId))!;
    return { group, modelId, edit, scope };
  }

  it('starts as the suggestion, unedited, without asking the server', async () => {
    const { edit } = setup();
    await nextTick();
    expect(edit.conditions.value).toEqual([recency, income]);
    expect(edit.edited.value).toBe(false);
    expect(runQuery).not.toHaveBeenCalled();
  });

  it('recounts a removed chip after a short pause, with exactly the remaining conditions', async () => {
    const { edit } = setup();
    runQuery.mockImplementation((_doc, variables: { conditions: ConditionInput[] }) => Promise.resolve(figures(variables.conditions, 569)));
    edit.remove('Recency');
    expect(edit.edited.value).toBe(true);
    expect(edit.recounting.value).toBe(true);
    expect(runQuery).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(runQuery).toHaveBeenCalledTimes(1);
    expect(runQuery.mock.calls[0]![1]).toEqual({ modelId: 'm1', conditions: [{ feature: 'Income', min: 60000, max: null, levels: null }] });
    expect(edit.figures.value?.matchedCustomers).toBe(569);
    expect(edit.recounting.value).toBe(false);
    expect(edit.chips.value[0]?.text).toBe('server: Income');
  });

  it('sends one request for a burst of edits, and answers a repeat from its cache', async () => {
    const { edit } = setup();
    runQuery.mockImplementation((_doc, variables: { conditions: ConditionInput[] }) =>
      Promise.resolve(figures(variables.conditions, 100 + variables.conditions.length)),
    );
    expect(edit.adjustBounds('Income', 50000, null)).toBeNull();
    expect(edit.adjustBounds('Income', 40000, null)).toBeNull();
    await vi.advanceTimersByTimeAsync(300);
    expect(runQuery).toHaveBeenCalledTimes(1);
    edit.adjustBounds('Income', 50000, null);
    await vi.advanceTimersByTimeAsync(300);
    edit.adjustBounds('Income', 40000, null);
    await vi.advanceTimersByTimeAsync(0);
    expect(runQuery).toHaveBeenCalledTimes(2);
    expect(edit.current.value).toBe(true);
  });

  it('refuses an edit that cannot be counted, keeping the conditions', () => {
    const { edit } = setup();
    expect(edit.adjustBounds('Income', 90000, 10)).toBe('The lower bound is above the upper bound.');
    expect(edit.conditions.value).toEqual([recency, income]);
  });

  it('drops a recount still on its way when the user goes back to the suggestion', async () => {
    const { edit } = setup();
    let answer!: (value: unknown) => void;
    runQuery.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    edit.remove('Recency');
    await vi.advanceTimersByTimeAsync(300);
    edit.reset();
    answer(figures([{ feature: 'Income', min: 60000, max: null, levels: null }], 569));
    await vi.advanceTimersByTimeAsync(0);
    expect(edit.edited.value).toBe(false);
    expect(edit.figures.value).toBeNull();
  });

  it('starts afresh when a different group is described, but keeps the edit when only the budget changed', async () => {
    const { edit, group } = setup();
    runQuery.mockImplementation((_doc, variables: { conditions: ConditionInput[] }) => Promise.resolve(figures(variables.conditions, 569)));
    edit.remove('Recency');
    group.value = {
      ...described([recency, income]),
      money: { costPerContact: 3, valuePerResponse: 11, groupProfit: 0, everyoneProfit: 0, best: null, curve: [] },
    };
    await nextTick();
    expect(edit.edited.value).toBe(true);
    group.value = described([recency]);
    await nextTick();
    expect(edit.edited.value).toBe(false);
    expect(edit.conditions.value).toEqual([recency]);
  });
});
