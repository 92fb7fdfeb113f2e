import { describe, expect, it } from 'vitest';
import { columnLabel, columnUnit, humanizeName } from '../../../../../server/src/modules/datasets/import/column-labels.js';

describe('column labels', () => {
  it('knows the iFood and bank marketing columns, case-insensitively', () => {
    expect(columnLabel('MntWines')).toBe('Amount spent on wines');
    expect(columnLabel('NumDealsPurchases')).toBe('Purchases with a discount');
    expect(columnLabel('numwebvisitsmonth')).toBe('Web visits per month');
    expect(columnLabel('AcceptedCmp4')).toBe('Accepted campaign 4');
    expect(columnLabel('duration')).toBe('Last call duration (s)');
    expect(columnLabel('y')).toBe('Subscribed a term deposit');
  });

  it('gives units where known', () => {
    expect(columnUnit('Income')).toBe('currency');
    expect(columnUnit('Recency')).toBe('days');
    expect(columnUnit('NumWebPurchases')).toBe('count');
    expect(columnUnit('favourite_colour')).toBeUndefined();
  });

  it('splits camelCase, snake_case, acronyms and digits for unknown names', () => {
    expect(humanizeName('NumWebVisitsMonth')).toBe('Num web visits month');
    expect(humanizeName('last_call-date')).toBe('Last call date');
    expect(humanizeName('HTMLPage2')).toBe('HTML page 2');
    expect(columnLabel('total_spend_EUR')).toBe('Total spend EUR');
    // Abbreviations exports use are spelled out, so no label reads like a column name.
    expect(columnLabel('Mnt_Electronics')).toBe('Amount spent on electronics');
    expect(columnLabel('NumOrders')).toBe('Number of orders');
    expect(columnLabel('Discount_Pct')).toBe('Discount (%)');
    expect(columnLabel('AvgBasketValue')).toBe('Average basket value');
  });
});
