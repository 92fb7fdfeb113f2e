import { describe, expect, it } from 'vitest';
import { counterfactualText } from '../../../../server/src/modules/customers/counterfactual-text.js';
import type { ReasonColumn } from '../../../../server/src/modules/customers/reasons-text.js';
import { inferPhrasing, type PhrasingEvidence } from '../../../../server/src/modules/phrasing/phrasing.js';

const col = (e: PhrasingEvidence): ReasonColumn => ({
  name: e.name,
  label: e.label,
  kind: e.kind,
  unit: e.unit,
  phrasing: inferPhrasing(e),
});
const columns = new Map(
  [
    col({ name: 'Recency', label: 'Days since last purchase', kind: 'NUMERIC', unit: 'days', min: 0, max: 99 }),
    col({ name: 'MntMeatProducts', label: 'Amount spent on meat', kind: 'NUMERIC', unit: 'currency', min: 0, max: 1725 }),
    col({ name: 'NumWebPurchases', label: 'Purchases on the website', kind: 'NUMERIC', unit: 'count', min: 0, max: 27 }),
    col({ name: 'Education', label: 'Education', kind: 'CATEGORICAL' }),
  ].map((c) => [c.name, c]),
);
const cf = (changes: { feature: string; to: number | string }[], after: number, reached = true) => ({
  changes: changes.map((c) => ({ ...c, from: null })),
  before: 0.18,
  after,
  reached,
  cost: 0.3,
});

describe('the smallest change in words', () => {
  it('English: one change, as the brief shows it', () => {
    expect(counterfactualText(cf([{ feature: 'Recency', to: 20 }], 0.41), columns, 0.35)).toBe(
      'If they bought again within 20 days, their chance would rise from 18.0% to 41.0%.',
    );
  });

  it('English: several changes with money in the currency and counts in the right number', () => {
    const text = counterfactualText(
      cf(
        [
          { feature: 'Recency', to: 1 },
          { feature: 'MntMeatProducts', to: 600 },
          { feature: 'NumWebPurchases', to: 1 },
        ],
        0.52,
      ),
      columns,
      0.35,
      { currency: 'USD' },
    );
    expect(text).toBe(
      'If they bought again within 1 day, they spent $600 on meat and they had 1 purchase on the website, their chance would rise from 18.0% to 52.0%.',
    );
    expect(counterfactualText(cf([{ feature: 'Education', to: 'PhD' }], 0.4), columns, 0.35)).toContain('their education was PhD');
    // A later last purchase is not "bought again".
    const later = { ...cf([{ feature: 'Recency', to: 28 }], 0.4), changes: [{ feature: 'Recency', from: 4, to: 28 }] };
    expect(counterfactualText(later, columns, 0.35)).toBe(
      'If their last purchase was 28 days ago, their chance would rise from 18.0% to 40.0%.',
    );
  });

  it('says when nothing reaches the threshold, when the customer is already likely, and when nothing is actionable', () => {
    expect(counterfactualText(cf([{ feature: 'Recency', to: 0 }], 0.25, false), columns, 0.35)).toBe(
      'No change of up to three features a campaign can change makes this customer likely to respond (the model’s threshold is 35.0%). The closest: if they bought again today, their chance would rise from 18.0% to 25.0%.',
    );
    expect(counterfactualText({ changes: [], before: 0.6, after: 0.6, reached: true, cost: 0 }, columns, 0.35)).toMatch(/already likely/);
    expect(counterfactualText(null, columns, 0.35)).toMatch(/Data page/);
  });

  it('Polish and Russian: plural forms of days and counts', () => {
    const two = cf(
      [
        { feature: 'Recency', to: 22 },
        { feature: 'NumWebPurchases', to: 5 },
      ],
      0.41,
    );
    expect(counterfactualText(two, columns, 0.35, { locale: 'pl' })).toBe(
      'Po takich zmianach (ostatni zakup 22 dni temu i 5 zakupów w sklepie internetowym) szansa tego klienta wzrosłaby z 18,0% do 41,0%.',
    );
    expect(counterfactualText(two, columns, 0.35, { locale: 'ru' })).toMatch(
      /^При таких изменениях \(последняя покупка 22 дня назад и 5 покупок на сайте\) вероятность отклика этого клиента выросла бы с 18,0\s% до 41,0\s%\.$/,
    );
  });
});
