import { describe, expect, it } from 'vitest';
import { isActionable, suggestedActionable } from '../../../../server/src/modules/phrasing/actionable.js';
import { inferPhrasing, type PhrasingEvidence } from '../../../../server/src/modules/phrasing/phrasing.js';

const column = (e: PhrasingEvidence) => ({ name: e.name, label: e.label, kind: e.kind, phrasing: inferPhrasing(e) });

describe('actionable columns', () => {
  // Recency, spend and channel use yes; never age, year of birth, children, income or past facts.
  it.each<[boolean, PhrasingEvidence]>([
    [true, { name: 'Recency', label: 'Days since last purchase', kind: 'NUMERIC', unit: 'days', min: 0, max: 99 }],
    [true, { name: 'MntWines', label: 'Amount spent on wines', kind: 'NUMERIC', unit: 'currency', min: 0, max: 1493 }],
    [true, { name: 'NumWebPurchases', label: 'Purchases on the website', kind: 'NUMERIC', unit: 'count', min: 0, max: 27 }],
    [true, { name: 'NumWebVisitsMonth', label: 'Web visits per month', kind: 'NUMERIC', unit: 'count', min: 0, max: 20 }],
    [true, { name: 'NumDealsPurchases', label: 'Purchases with a discount', kind: 'NUMERIC', unit: 'count', min: 0, max: 15 }],
    [false, { name: 'Year_Birth', label: 'Year of birth', kind: 'NUMERIC', unit: 'years', min: 1893, max: 1996 }],
    [false, { name: 'age', label: 'Age', kind: 'NUMERIC', unit: 'years', min: 18, max: 95 }],
    [false, { name: 'Kidhome', label: 'Children at home', kind: 'NUMERIC', unit: 'count', min: 0, max: 2 }],
    [false, { name: 'Teenhome', label: 'Teenagers at home', kind: 'NUMERIC', unit: 'count', min: 0, max: 2 }],
    [false, { name: 'Income', label: 'Yearly household income', kind: 'NUMERIC', unit: 'currency', min: 1730, max: 666666 }],
    [false, { name: 'Education', label: 'Education', kind: 'CATEGORICAL' }],
    [false, { name: 'AcceptedCmp3', label: 'Accepted campaign 3', kind: 'BINARY' }],
    [false, { name: 'Dt_Customer', label: 'Customer since', kind: 'DATE' }],
  ])('suggests %s for %o', (suggested, e) => {
    expect(suggestedActionable(column(e))).toBe(suggested);
  });

  it('what the Data page sets wins over the suggestion', () => {
    const kids = column({ name: 'Kidhome', label: 'Children at home', kind: 'NUMERIC', unit: 'count', min: 0, max: 2 });
    expect(isActionable({ ...kids, actionable: true })).toBe(true);
    const recency = column({ name: 'Recency', label: 'Days since last purchase', kind: 'NUMERIC', unit: 'days', min: 0, max: 99 });
    expect(isActionable({ ...recency, actionable: false })).toBe(false);
    expect(isActionable({ ...recency, actionable: null })).toBe(true);
  });
});
