import { describe, expect, it } from 'vitest';
import { conditionText, whoSentence, type DescribedCondition } from '../../../../server/src/modules/target-groups/condition-text.js';
import { describeTargetGroup, type DescriptionInput } from '../../../../server/src/modules/target-groups/describe.js';
import { formatLift, formatMoney, formatNumber, formatPercent, inHundred, plural } from '../../../../server/src/common/format.js';
import { isPluralPhrase } from '../../../../server/src/modules/phrasing/phrasing.js';
import type { GroupStats } from '../../../../server/src/modules/target-groups/types.js';

const num = (
  feature: string,
  label: string,
  min: number | null,
  max: number | null,
  unit?: DescribedCondition['unit'],
): DescribedCondition => ({
  feature,
  label,
  kind: 'NUMERIC',
  unit,
  min,
  max,
  levels: null,
});
const lev = (feature: string, label: string, kind: 'CATEGORICAL' | 'BINARY', levels: string[]): DescribedCondition => ({
  feature,
  label,
  kind,
  min: null,
  max: null,
  levels,
});
const stats = (matched: number, responders: number, total = 2000, positives = 300): GroupStats => ({
  matchedCustomers: matched,
  responders,
  share: matched / total,
  responseRate: matched > 0 ? responders / matched : 0,
  baseRate: positives / total,
  lift: matched > 0 ? responders / matched / (positives / total) : 0,
});
const SEAMS = /NaN|null|undefined|Infinity|\b1 customers\b|\b1 contacts\b|\b1 times\b|\d\.\d{3,}/;

describe('condition wording', () => {
  it('reads recency, income and generic numeric bounds with units', () => {
    expect(conditionText(num('Recency', 'days since last purchase', null, 29, 'days'))).toBe('have bought within the last 29 days');
    expect(conditionText(num('Recency', 'days since last purchase', 0, 1, 'days'))).toBe('have bought within the last day');
    expect(conditionText(num('Recency', 'days since last purchase', 30, null, 'days'))).toBe('have not bought for at least 30 days');
    expect(conditionText(num('Recency', 'days since last purchase', 30, 59, 'days'))).toBe('last bought 30 to 59 days ago');
    expect(conditionText(num('Income', 'yearly income', 70_000, null, 'currency'))).toBe('earn at least 70,000 a year');
    expect(conditionText(num('Income', 'yearly income', 40_000, 70_000, 'currency'))).toBe('earn between 40,000 and 70,000 a year');
    expect(conditionText(num('MntWines', 'amount spent on wine', null, 1_500, 'currency'))).toBe('spent at most 1,500 on wine');
    expect(conditionText(num('Kids', 'children at home', 1, 1, 'count'))).toBe('exactly one child at home');
    expect(conditionText(num('Tenure', 'time as a customer', 2, null, 'years'))).toBe('time as a customer is at least 2 years');
    expect(conditionText(num('Tenure', 'time as a customer', 1, null, 'years'))).toBe('time as a customer is at least 1 year');
  });

  it('reads dates as calendar dates', () => {
    const since: DescribedCondition = {
      feature: 'Dt',
      label: 'customer since',
      kind: 'DATE',
      unit: 'date',
      min: Date.UTC(2013, 2, 1) / 86_400_000,
      max: null,
      levels: null,
    };
    expect(conditionText(since)).toBe('became customers on or after 1 March 2013');
    expect(conditionText({ ...since, feature: 'LastOrder', label: 'Last order' })).toBe('last order date is on or after 1 March 2013');
    expect(conditionText({ ...since, feature: 'Birthday', label: 'Birthday', max: since.min, min: null })).toBe(
      'birthday is on or before 1 March 2013',
    );
  });

  it('reads categorical and binary levels', () => {
    expect(conditionText(lev('Education', 'education', 'CATEGORICAL', ['PhD', 'Master']))).toBe('have a PhD or a master’s degree');
    expect(conditionText(lev('Education', 'education', 'CATEGORICAL', ['PhD', 'Master', 'Basic']))).toBe(
      'have a PhD, a master’s degree or basic education',
    );
    expect(conditionText(lev('AcceptedCmp5', 'accepted campaign 5', 'BINARY', ['1']))).toBe('accepted campaign 5');
    expect(conditionText(lev('Complain', 'complaint in the last two years', 'BINARY', ['0']))).toBe(
      'complaint in the last two years is no',
    );
    expect(conditionText(lev('Owner', 'home owner', 'BINARY', ['yes']))).toBe('are home owners');
  });

  it('joins clauses into one sentence with who/whose', () => {
    expect(
      whoSentence([
        num('Recency', 'days since last purchase', null, 29, 'days'),
        num('Income', 'yearly income', 70_000, null, 'currency'),
        lev('Education', 'education', 'CATEGORICAL', ['PhD']),
      ]),
    ).toBe('Customers who have bought within the last 29 days, who earn at least 70,000 a year and who have a PhD.');
    expect(whoSentence([lev('AcceptedCmp5', 'accepted campaign 5', 'BINARY', ['1'])])).toBe('Customers who accepted campaign 5.');
  });
});

describe('labels as the app stores them (sentence-case)', () => {
  it('drops their capital inside a sentence, keeping acronyms', () => {
    expect(whoSentence([lev('AcceptedCmp5', 'Accepted campaign 5', 'BINARY', ['1'])])).toBe('Customers who accepted campaign 5.');
    expect(
      whoSentence([lev('Education', 'Education', 'CATEGORICAL', ['PhD']), num('MntWines', 'Amount spent on wines', 500, null, 'currency')]),
    ).toBe('Customers who have a PhD and who spent at least 500 on wines.');
    expect(conditionText(lev('Complain', 'Complained in the last two years', 'BINARY', ['0']))).toBe(
      'did not complain in the last two years',
    );
    expect(conditionText(num('Rfm', 'RFM score', 3, null))).toBe('RFM score is at least 3');
  });

  it('reads the whole brief without capitals mid-sentence', () => {
    const text = describeTargetGroup({
      conditions: [lev('AcceptedCmp5', 'Accepted campaign 5', 'BINARY', ['1'])],
      stats: stats(163, 92),
      totalCustomers: 2000,
      distinguishing: [
        {
          feature: 'MntWines',
          label: 'Amount spent on wines',
          kind: 'NUMERIC',
          score: 1.1,
          direction: 'higher',
          groupMedian: 901,
          restMedian: 144,
        },
        {
          feature: 'AcceptedCmp1',
          label: 'Accepted campaign 1',
          kind: 'BINARY',
          score: 1.2,
          direction: 'higher',
          level: '1',
          groupShare: 0.417,
          restShare: 0.037,
        },
      ],
      stability: {
        nResamples: 20,
        lift: { low: 3.1, high: 4.1 },
        unstable: false,
        reasons: [],
        conditions: [{ label: 'Accepted campaign 5', reappeared: 13 }],
      },
      disagreements: ['Days since last purchase'],
    });
    expect(text).toContain('Customers who accepted campaign 5.');
    expect(text).toContain('they spent far more on wines (median 901 vs 144) and accepted campaign 1 far more often (41.7% vs 3.7%).');
    expect(text).toContain('brought the condition back (accepted campaign 5 in 13 of 20)');
    expect(text).toContain('which way days since last purchase move the response');
    expect(text).not.toMatch(SEAMS);
  });
});

describe('number formatting', () => {
  it('rounds for readers and never shows seams', () => {
    expect(formatNumber(69_871.3)).toBe('69,871');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatMoney(403.6)).toBe('404');
    expect(formatMoney(2.5)).toBe('2.50');
    expect(formatMoney(3)).toBe('3');
    expect(formatPercent(0.045)).toBe('4.5%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.0004)).toBe('less than 0.1%');
    expect(formatPercent(0.9996)).toBe('more than 99.9%');
    expect(formatLift(4.2857)).toBe('4.3');
    expect(formatLift(12.4)).toBe('12.4');
    expect(inHundred(0.64)).toBe('about 64 in 100');
    expect(inHundred(0.004)).toBe('about 4 in 1,000');
    expect(plural(1, 'customer')).toBe('1 customer');
    expect(plural(1234, 'customer')).toBe('1,234 customers');
    expect(formatNumber(NaN)).toBe('unknown');
  });
});

describe('describeTargetGroup (text)', () => {
  const who = [num('Recency', 'days since last purchase', null, 29, 'days'), num('Income', 'yearly income', 70_000, null, 'currency')];
  const base: DescriptionInput = { conditions: who, stats: stats(100, 64), totalCustomers: 2000, found: true };

  it('follows the example shape: who, how many, how they respond, what it is worth, how sure', () => {
    const text = describeTargetGroup({
      ...base,
      holdout: stats(30, 18, 500, 75),
      money: {
        costPerContact: 3,
        valuePerResponse: 11,
        groupProfit: 11 * 64 - 300,
        everyoneProfit: 11 * 300 - 6000,
        best: { k: 12, contacted: 240, profit: 1020 },
      },
      stability: {
        nResamples: 20,
        lift: { low: 3.7, high: 5.04 },
        unstable: false,
        reasons: [],
        conditions: [{ label: 'days since last purchase', reappeared: 20 }],
      },
      distinguishing: [
        {
          feature: 'MntWines',
          label: 'amount spent on wine',
          kind: 'NUMERIC',
          unit: 'currency',
          score: 1.4,
          direction: 'higher',
          groupMedian: 870,
          restMedian: 159.5,
        },
      ],
    });
    expect(text).toContain(
      '**Who to contact next time.** Customers who have bought within the last 29 days and who earn at least 70,000 a year.',
    );
    expect(text).toContain('**How many.** 100 customers, 5.0% of the base.');
    expect(text).toContain(
      '64 of them responded to the last campaign: about 64 in 100, against 15 in 100 across all customers — 4.3 times the base rate.',
    );
    expect(text).toContain('18 of 30 matching customers responded');
    expect(text).toContain('they spent far more on wine (median 870 vs 160)');
    expect(text).toContain(
      'At 3 per contact and 11 per response, contacting this group earns about 404; contacting everyone would lose about 2,700.',
    );
    expect(text).toContain('the 12% of customers the model rates highest (240 contacts), which would earn about 1,020');
    expect(text).toContain("the group's lift stays between 3.7 and 5.0 (95% of resamples)");
    expect(text).toContain('not causes');
    expect(text).not.toMatch(SEAMS);
  });

  it('handles one customer', () => {
    const text = describeTargetGroup({ ...base, stats: stats(1, 1) });
    expect(text).toContain('**How many.** 1 customer, less than 0.1% of the base.');
    expect(text).toContain('The one customer responded to the last campaign');
    expect(text).toContain('With only 1 customer the response rate is a rough guide.');
    expect(text).not.toMatch(SEAMS);
  });

  it('handles zero customers without any figure seams', () => {
    const text = describeTargetGroup({ ...base, stats: stats(0, 0), holdout: stats(0, 0, 500, 75) });
    expect(text).toContain('**How many.** 0 customers, 0% of the base.');
    expect(text).toContain('No customer matches all of these conditions');
    expect(text).not.toContain('How they respond.** 0');
    expect(text).not.toMatch(SEAMS);
  });

  it('handles a group in which nobody responded and a lift below 1', () => {
    expect(describeTargetGroup({ ...base, stats: stats(50, 0) })).toContain(
      'None of them responded to the last campaign, against 15 in 100 across all customers.',
    );
    expect(describeTargetGroup({ ...base, stats: stats(100, 10) })).toContain('below the base rate (0.7 times it)');
  });

  it('flags instability and model disagreement', () => {
    const text = describeTargetGroup({
      ...base,
      stability: {
        nResamples: 20,
        lift: { low: 1.05, high: 3 },
        unstable: true,
        reasons: ['the condition on yearly income came back in only 4 of 20 resamples'],
      },
      disagreements: ['yearly income'],
    });
    expect(text).toContain('Treat this group with caution: the condition on yearly income came back in only 4 of 20 resamples.');
    expect(text).toContain('The models disagree on which way yearly income moves the response');
  });

  it('describes categorical and binary distinguishing features', () => {
    const text = describeTargetGroup({
      ...base,
      distinguishing: [
        {
          feature: 'Education',
          label: 'education',
          kind: 'CATEGORICAL',
          score: 0.5,
          direction: 'higher',
          level: 'PhD',
          groupShare: 0.54,
          restShare: 0.2,
        },
        {
          feature: 'AcceptedCmp5',
          label: 'accepted campaign 5',
          kind: 'BINARY',
          score: 1.2,
          direction: 'higher',
          level: '1',
          groupShare: 0.3,
          restShare: 0.04,
        },
      ],
    });
    expect(text).toContain('they have a PhD more often (54.0% vs 20.0%) and accepted campaign 5 far more often (30.0% vs 4.0%).');
  });

  it('says when no group was found', () => {
    const text = describeTargetGroup({ conditions: [], stats: stats(2000, 300), totalCustomers: 2000, found: false, minShare: 0.05 });
    expect(text).toContain('No combination of the strongest drivers picks out a group of at least 5.0% of the customers');
    expect(text).not.toMatch(SEAMS);
  });
});

describe('isPluralPhrase', () => {
  it('tells plural noun phrases ("more …") from singular ones ("a higher …")', () => {
    for (const plural of ['Web visits per month', 'days since last purchase', 'Children at home', 'Purchases from the catalogue'])
      expect(isPluralPhrase(plural), plural).toBe(true);
    for (const singular of [
      'Amount spent on wines',
      'yearly household income',
      'Number of purchases',
      'Business size',
      'Campus distance',
      'Status',
    ])
      expect(isPluralPhrase(singular), singular).toBe(false);
  });
});
