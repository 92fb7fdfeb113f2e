import { describe, expect, it } from 'vitest';
import type { ProfitPoint } from '../../../client/src/graphql/target-group-operations';
import {
  bestPoint,
  budgetFromMoney,
  budgetProblem,
  campaignFigures,
  formatAmount,
  outcomeText,
  pricedCurve,
  profitSummary,
  readAmount,
  readBudget,
  readCapacity,
} from '../../../client/src/utils/target-group-profit';
import { numberForInput } from '../../../client/src/utils/format';

/** 1,000 customers, 140 responders, the model's best first: k % contacted = 10·k customers. */
function curve(): ProfitPoint[] {
  const responders = (contacted: number) => Math.round(140 * (1 - (1 - contacted / 1000) ** 3));
  return Array.from({ length: 100 }, (_, i) => {
    const contacted = (i + 1) * 10;
    return { k: i + 1, contacted, responders: responders(contacted), profit: 0, withinCapacity: true };
  });
}

describe('campaign figures', () => {
  it('counts cost, revenue and profit from contacts and responders', () => {
    expect(campaignFigures(184, 83, { costPerContact: 3, valuePerResponse: 11 })).toEqual({
      contacted: 184,
      responders: 83,
      cost: 552,
      revenue: 913,
      profit: 361,
    });
  });

  it('re-prices the curve for any budget, as the server does', () => {
    const priced = pricedCurve(curve(), { costPerContact: 3, valuePerResponse: 11, capacity: null });
    for (const point of priced) expect(point.profit).toBe(point.responders * 11 - point.contacted * 3);
    expect(priced.every((point) => point.withinCapacity)).toBe(true);
  });

  it('marks the lists beyond capacity and never picks one as best', () => {
    const priced = pricedCurve(curve(), { costPerContact: 0, valuePerResponse: 11, capacity: 250 });
    expect(priced.filter((point) => point.withinCapacity).map((point) => point.k)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    // Free contacts: more is always better, so the best list is the largest that fits.
    expect(bestPoint(priced)?.k).toBe(25);
  });

  it('picks the most profitable list, the smallest on ties, and none when nothing fits', () => {
    const flat: ProfitPoint[] = [1, 2, 3].map((k) => ({
      k,
      contacted: k * 10,
      responders: 0,
      profit: k === 1 ? 5 : 5,
      withinCapacity: true,
    }));
    expect(bestPoint(flat)?.k).toBe(1);
    expect(bestPoint(flat.map((point) => ({ ...point, withinCapacity: false })))).toBeNull();
    expect(bestPoint([{ k: 1, contacted: 0, responders: 0, profit: 0, withinCapacity: true }])).toBeNull();
  });
});

describe('the profit summary', () => {
  it('gives the best list, the group and everyone for one budget', () => {
    const summary = profitSummary(
      curve(),
      { matchedCustomers: 184, responders: 83 },
      { costPerContact: 3, valuePerResponse: 11, capacity: null },
    );
    const priced = pricedCurve(curve(), { costPerContact: 3, valuePerResponse: 11, capacity: null });
    const best = priced.reduce((a, b) => (b.profit > a.profit ? b : a));
    expect(summary.best).toMatchObject({ k: best.k, contacted: best.contacted, profit: best.profit });
    expect(summary.group.profit).toBe(83 * 11 - 184 * 3);
    expect(summary.everyone).toEqual(campaignFigures(1000, 140, { costPerContact: 3, valuePerResponse: 11 }));
    expect(summary.groupOverCapacity).toBe(false);
  });

  it('says when the group is larger than the capacity', () => {
    const summary = profitSummary(
      curve(),
      { matchedCustomers: 184, responders: 83 },
      { costPerContact: 3, valuePerResponse: 11, capacity: 100 },
    );
    expect(summary.groupOverCapacity).toBe(true);
    expect(summary.best!.contacted).toBeLessThanOrEqual(100);
  });

  it('starts from the server’s cost and value, or none', () => {
    expect(budgetFromMoney({ costPerContact: 3, valuePerResponse: 11 })).toEqual({ costPerContact: 3, valuePerResponse: 11 });
    expect(budgetFromMoney(null)).toEqual({ costPerContact: null, valuePerResponse: null });
  });
});

describe('budget inputs', () => {
  it('reads amounts and capacities as people type them', () => {
    expect(readAmount('')).toBeNull();
    expect(readAmount('3')).toBe(3);
    expect(readAmount('1,500')).toBe(1500);
    expect(readAmount('0')).toBe(0);
    expect(readAmount('-2')).toBeNaN();
    expect(readAmount('three')).toBeNaN();
    expect(readCapacity('')).toBeNull();
    expect(readCapacity('500')).toBe(500);
    expect(readCapacity('0')).toBeNaN();
    expect(readCapacity('10.5')).toBeNaN();
  });

  it('reads decimals and thousands the way each language writes them', () => {
    expect(readAmount('2.5', 'en')).toBe(2.5);
    expect(readAmount('1,234.5', 'en')).toBe(1234.5);
    expect(readAmount('2,5', 'pl')).toBe(2.5);
    expect(readAmount('1 234,5', 'pl')).toBe(1234.5);
    expect(readAmount('1\u00a0234,5', 'ru')).toBe(1234.5);
    expect(readAmount('2,5', 'ru')).toBe(2.5);
    expect(readAmount('1.234,5', 'es')).toBe(1234.5);
    expect(readAmount('2,5', 'es')).toBe(2.5);
    expect(readAmount('2,5,1', 'pl')).toBeNaN();
    expect(readCapacity('1 500', 'pl')).toBe(1500);
    // What the page prefills is read back as the same amount in every language.
    for (const locale of ['en', 'es', 'pl', 'ru']) expect(readAmount(numberForInput(1234.75, locale), locale)).toBe(1234.75);
  });

  it('explains what is wrong with a budget in a sentence', () => {
    expect(budgetProblem(readBudget({ cost: '3', value: '11', capacity: '' }))).toBeNull();
    expect(budgetProblem(readBudget({ cost: '', value: '', capacity: '' }))).toBeNull();
    expect(budgetProblem(readBudget({ cost: 'x', value: '11', capacity: '' }))).toMatch(/cost per contact/);
    expect(budgetProblem(readBudget({ cost: '3', value: '-1', capacity: '' }))).toMatch(/value per response/);
    expect(budgetProblem(readBudget({ cost: '3', value: '11', capacity: '0' }))).toMatch(/whole number/);
  });
});

describe('money wording', () => {
  it('formats amounts without noise and with a real minus sign', () => {
    expect(formatAmount(404)).toBe('404');
    expect(formatAmount(-3046.4)).toBe('−3,046');
    expect(formatAmount(2.5)).toBe('2.50');
    expect(formatAmount(3)).toBe('3');
    expect(formatAmount(-0.2)).toBe('−0.20');
    expect(formatAmount(Number.NaN)).toBe('—');
  });

  it('says what a list earns or loses', () => {
    expect(outcomeText(404)).toBe('earns about 404');
    expect(outcomeText(-3046)).toBe('loses about 3,046');
    expect(outcomeText(0.2)).toBe('breaks even');
    // With the dataset's currency (set on the Data page), every amount carries it.
    expect(outcomeText(404, 'EUR')).toBe('earns about €404');
    expect(outcomeText(-3046, 'USD')).toBe('loses about $3,046');
    expect(formatAmount(-2.5, 'EUR')).toBe('−€2.50');
  });
});
