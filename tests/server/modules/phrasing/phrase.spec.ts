import { describe, expect, it } from 'vitest';
import { conditionText, formatValue, whoSentence, conditionClause, type Feature } from '../../../../server/src/modules/phrasing/phrase.js';
import { differencePhrase, tagPhrase } from '../../../../server/src/modules/phrasing/phrase-difference.js';
import { inferPhrasing, type Phrasing } from '../../../../server/src/modules/phrasing/phrasing.js';

const day = (iso: string) => Date.parse(iso) / 86_400_000;

/** One feature of every kind, with singular and plural labels where the kind has both. */
const FEATURES: Record<string, Feature> = {
  'count, plural label': {
    feature: 'Teenhome',
    label: 'Teenagers at home',
    phrasing: { kind: 'COUNT', one: 'teenager at home', other: 'teenagers at home' },
  },
  'count, singular label': {
    feature: 'Kidhome',
    label: 'Number of children at home',
    phrasing: { kind: 'COUNT', one: 'child at home', other: 'children at home' },
  },
  'money with a verb': { feature: 'MntWines', label: 'Amount spent on wine', phrasing: { kind: 'MONEY', verb: 'spent {value} on wine' } },
  'money, plain': { feature: 'balance', label: 'Average yearly balance', phrasing: { kind: 'MONEY' } },
  'year of birth': { feature: 'Year_Birth', label: 'Year of birth', phrasing: { kind: 'YEAR', verb: 'were born {value}' } },
  'year, plain': { feature: 'Year_First', label: 'Year of first order', phrasing: { kind: 'YEAR' } },
  'date, customer since': { feature: 'Dt_Customer', label: 'Customer since', phrasing: { kind: 'DATE', verb: 'became customers {value}' } },
  'date, plain': { feature: 'Dt_Last', label: 'Last order date', phrasing: { kind: 'DATE' } },
  'duration since a purchase': {
    feature: 'Recency',
    label: 'Days since last purchase',
    phrasing: { kind: 'DURATION', unit: 'day', event: 'bought' },
  },
  'duration, plain': { feature: 'duration', label: 'Last call duration (s)', phrasing: { kind: 'DURATION', unit: 'second' } },
  'duration, age': { feature: 'age', label: 'Age', phrasing: { kind: 'DURATION', unit: 'year', verb: 'are {value} old' } },
  percentage: { feature: 'DiscountPct', label: 'Share of orders with a discount', phrasing: { kind: 'PERCENTAGE' } },
  'number, singular': { feature: 'Score', label: 'Loyalty score', phrasing: { kind: 'NUMBER' } },
  'number, plural': { feature: 'Points', label: 'Loyalty points', phrasing: { kind: 'NUMBER' } },
};

const BOUNDS: Record<string, { min: number | null; max: number | null }> = {
  '0': { min: null, max: 0 },
  '1': { min: null, max: 1 },
  '2+': { min: 2, max: null },
  'open lower': { min: null, max: 29 },
  'open upper': { min: 500, max: null },
  both: { min: 1, max: 3 },
  equal: { min: 1, max: 1 },
};

const dateBounds = (b: { min: number | null; max: number | null }) => ({
  min: b.min === null ? null : day('2013-01-01') + b.min * 31,
  max: b.max === null ? null : day('2013-01-31') + b.max * 31,
});
const yearBounds = (b: { min: number | null; max: number | null }) => ({
  min: b.min === null ? null : 1960 + b.min,
  max: b.max === null ? null : 1965 + b.max,
});

describe('conditions, every kind x bound', () => {
  it('reads as a manager would write it', () => {
    const table: string[] = [];
    for (const [name, feature] of Object.entries(FEATURES)) {
      for (const [boundName, bound] of Object.entries(BOUNDS)) {
        const kind = feature.phrasing!.kind;
        const b = kind === 'DATE' ? dateBounds(bound) : kind === 'YEAR' ? yearBounds(bound) : bound;
        const clause = conditionClause(feature, { ...b, levels: null }, { currency: name === 'money, plain' ? 'EUR' : null });
        table.push(`${name} | ${boundName}: ${clause.relative} ${clause.body}`);
      }
    }
    expect(table.join('\n')).toMatchSnapshot();
  });

  it('says the examples of the issue word for word', () => {
    const [teens, kids, wine, born] = [
      FEATURES['count, plural label'],
      FEATURES['count, singular label'],
      FEATURES['money with a verb'],
      FEATURES['year of birth'],
    ];
    expect(conditionText(teens, { min: null, max: 0, levels: null })).toBe('no teenagers at home');
    expect(conditionText(teens, { min: 0, max: 1, levels: null })).toBe('at most one teenager at home');
    expect(conditionText(kids, { min: 2, max: null, levels: null })).toBe('2 or more children at home');
    expect(conditionText(wine, { min: 500, max: null, levels: null })).toBe('spent at least 500 on wine');
    expect(conditionText(born, { min: null, max: 1965, levels: null })).toBe('were born in 1965 or earlier');
    const cmp5: Feature = {
      feature: 'AcceptedCmp5',
      label: 'Accepted campaign 5',
      kind: 'BINARY',
      phrasing: inferPhrasing({ name: 'AcceptedCmp5', label: 'Accepted campaign 5', kind: 'BINARY' }),
    };
    expect(conditionText(cmp5, { min: null, max: null, levels: ['1'] })).toBe('accepted campaign 5');
    expect(conditionText(cmp5, { min: null, max: null, levels: ['0'] })).toBe('did not accept campaign 5');
    expect(
      whoSentence([
        conditionClause(FEATURES['duration since a purchase'], { min: null, max: 25, levels: null }),
        conditionClause(teens, { min: null, max: 0, levels: null }),
        conditionClause(cmp5, { min: null, max: null, levels: ['1'] }),
      ]),
    ).toBe('Customers who have bought within the last 25 days, who have no teenagers at home and who accepted campaign 5.');
  });

  it('puts the verb first for a counted thing that ends in a past participle (English)', () => {
    const accepted: Feature = {
      feature: 'AcceptedCmpTotal',
      label: 'Number of earlier campaigns accepted',
      phrasing: { kind: 'COUNT', one: 'earlier campaign accepted', other: 'earlier campaigns accepted' },
    };
    expect(conditionText(accepted, { min: 1, max: null, levels: null })).toBe('accepted at least one earlier campaign');
    expect(conditionText(accepted, { min: 2, max: null, levels: null })).toBe('accepted 2 or more earlier campaigns');
    expect(conditionText(accepted, { min: null, max: 0, levels: null })).toBe('accepted no earlier campaigns');
    expect(conditionText(accepted, { min: 1, max: 3, levels: null })).toBe('accepted 1 to 3 earlier campaigns');
    expect(
      whoSentence([
        conditionClause(FEATURES['duration since a purchase'], { min: null, max: 29, levels: null }),
        conditionClause(accepted, { min: 1, max: null, levels: null }),
      ]),
    ).toBe('Customers who have bought within the last 29 days and who accepted at least one earlier campaign.');
    // Nouns that end in no participle keep "with": "with at most one teenager at home".
    expect(conditionClause(FEATURES['count, plural label'], { min: null, max: 1, levels: null }).relative).toBe('with');
  });

  it('words yes/no facts and categories, singular and plural', () => {
    const table: string[] = [];
    const facts: Feature[] = [
      { feature: 'Complain', label: 'Complained in the last 2 years', kind: 'BINARY' },
      { feature: 'housing', label: 'Has housing loan', kind: 'BINARY' },
      { feature: 'y', label: 'Subscribed a term deposit', kind: 'BINARY' },
      { feature: 'vip', label: 'VIP flag', kind: 'BINARY' },
    ];
    for (const f of facts)
      for (const level of ['yes', 'no'])
        table.push(`${f.label} = ${level}: ${conditionText(f, { min: null, max: null, levels: [level] })}`);
    const categories: Feature[] = [
      { feature: 'Education', label: 'Education', kind: 'CATEGORICAL' },
      { feature: 'Channels', label: 'Preferred channels', kind: 'CATEGORICAL' },
    ];
    for (const f of categories) {
      table.push(`${f.label}, one level: ${conditionText(f, { min: null, max: null, levels: ['PhD'] })}`);
      table.push(`${f.label}, three levels: ${conditionText(f, { min: null, max: null, levels: ['PhD', 'Master', 'Graduation'] })}`);
    }
    expect(table.join('\n')).toMatchSnapshot();
  });
});

describe('categories with words per level', () => {
  const marital: Feature = { feature: 'Marital_Status', label: 'Marital status', kind: 'CATEGORICAL' };
  const education: Feature = {
    feature: 'Education',
    label: 'Education',
    kind: 'CATEGORICAL',
    phrasing: inferPhrasing({
      name: 'Education',
      label: 'Education',
      kind: 'CATEGORICAL',
      levels: ['Graduation', 'PhD', 'Master', '2n Cycle', 'Basic'],
    }),
  };
  const levels = (...values: string[]) => ({ min: null, max: null, levels: values });

  it('says what the levels say about a customer, one verb shared in English', () => {
    expect(education.phrasing?.levels).toEqual({
      Graduation: 'have a university degree',
      PhD: 'have a PhD',
      Master: 'have a master’s degree',
      '2n Cycle': 'have a second-cycle degree',
      Basic: 'have basic education',
    });
    expect(whoSentence([conditionClause(marital, levels('Married', 'Together')), conditionClause(education, levels('PhD'))])).toBe(
      'Customers who are married or living together and who have a PhD.',
    );
    expect(conditionText(marital, levels('Divorced', 'Single', 'Widow'))).toBe('are divorced, single or widowed');
    expect(conditionText(education, levels('PhD', 'Master'))).toBe('have a PhD or a master’s degree');
    // A level without words (iFood's "YOLO") keeps the whole condition as the file writes it.
    expect(conditionText(marital, levels('Divorced', 'YOLO'))).toBe('marital status is Divorced or YOLO');
    // Words a person typed on the Data page replace the inferred ones; an empty set turns them off.
    const typed: Feature = {
      ...marital,
      phrasing: { kind: 'CATEGORY', levels: { Married: 'are married', Together: 'live with a partner' } },
    };
    expect(conditionText(typed, levels('Married', 'Together'))).toBe('are married or live with a partner');
    expect(conditionText({ ...marital, phrasing: { kind: 'CATEGORY', levels: {} } }, levels('Married'))).toBe('marital status is Married');
    expect(differencePhrase(education, { direction: 'higher', strong: false, shares: { group: 0.35, rest: 0.2 }, level: 'PhD' })).toBe(
      'have a PhD more often (35.0% vs 20.0%)',
    );
    expect(tagPhrase(education, 'higher', 'PhD')).toBe('often have a PhD');
  });

  it('translates the inferred level words', () => {
    const table = (['es', 'pl', 'ru'] as const).map((locale) =>
      whoSentence(
        [conditionClause(marital, levels('Married', 'Together'), { locale }), conditionClause(education, levels('PhD'), { locale })],
        locale,
      ),
    );
    expect(table).toEqual([
      'Clientes que están casados o viven en pareja y que tienen un doctorado.',
      'Klienci, którzy są w związku małżeńskim lub żyją w związku partnerskim i którzy mają doktorat.',
      'Клиенты, которые состоят в браке или живут с партнёром и которые имеют докторскую степень.',
    ]);
  });
});

describe('figures and comparisons', () => {
  it('shows each kind in its own terms', () => {
    const p = (kind: Phrasing['kind'], extra: Partial<Phrasing> = {}): Phrasing => ({ kind, ...extra });
    expect(formatValue(1965, p('YEAR'))).toBe('1965');
    expect(formatValue(1234.5, p('MONEY'), { currency: 'EUR' })).toBe('€1,235');
    expect(formatValue(2.5, p('MONEY'), { currency: 'USD' })).toBe('$2.50');
    expect(formatValue(1, p('DURATION', { unit: 'day' }))).toBe('1 day');
    expect(formatValue(29, p('DURATION', { unit: 'day' }))).toBe('29 days');
    expect(formatValue(day('2013-03-01'), p('DATE'))).toBe('1 March 2013');
    expect(formatValue(12.34, p('PERCENTAGE'))).toBe('12.3%');
    expect(formatValue(45211, p('COUNT'))).toBe('45,211');
  });

  it('compares a group with everyone else in words that fit the kind', () => {
    const table: string[] = [];
    for (const [name, feature] of Object.entries(FEATURES)) {
      for (const direction of ['higher', 'lower'] as const) {
        const kind = feature.phrasing!.kind;
        const [group, rest] = kind === 'YEAR' ? [1970, 1965] : kind === 'DATE' ? [day('2013-06-01'), day('2013-01-01')] : [3, 1];
        const figures = {
          stat: 'median' as const,
          group: direction === 'higher' ? group : rest,
          rest: direction === 'higher' ? rest : group,
        };
        table.push(
          `${name} | ${direction}: ${differencePhrase(feature, { direction, strong: direction === 'higher', figures })} | tag: ${tagPhrase(feature, direction)}`,
        );
      }
    }
    const cmp5: Feature = { feature: 'AcceptedCmp5', label: 'Accepted campaign 5', kind: 'BINARY' };
    table.push(differencePhrase(cmp5, { direction: 'higher', strong: true, shares: { group: 1, rest: 0.073 } }));
    table.push(
      differencePhrase(
        { feature: 'vip', label: 'VIP flag', kind: 'BINARY' },
        { direction: 'lower', strong: false, shares: { group: 0.02, rest: 0.1 } },
      ),
    );
    table.push(
      differencePhrase(
        { feature: 'Education', label: 'Education', kind: 'CATEGORICAL' },
        { direction: 'higher', strong: false, shares: { group: 0.35, rest: 0.22 }, level: 'PhD' },
      ),
    );
    table.push(
      `medians of whole numbers are whole: ${differencePhrase(FEATURES['count, plural label'], { direction: 'higher', strong: false, figures: { stat: 'median', group: 1.5, rest: 0 } })}`,
    );
    expect(table.join('\n')).toMatchSnapshot();
  });
});

describe('inferring the phrasing from the iFood and bank columns', () => {
  it('knows counts, money, years, durations, dates, facts and categories', () => {
    const cases: [string, string, 'NUMERIC' | 'BINARY' | 'CATEGORICAL' | 'DATE', string | null, number, number][] = [
      ['Year_Birth', 'Year of birth', 'NUMERIC', 'years', 1893, 1996],
      ['Income', 'Yearly household income', 'NUMERIC', 'currency', 1730, 666666],
      ['Kidhome', 'Children at home', 'NUMERIC', 'count', 0, 2],
      ['Teenhome', 'Teenagers at home', 'NUMERIC', 'count', 0, 2],
      ['Dt_Customer', 'Customer since', 'DATE', 'date', 0, 0],
      ['Recency', 'Days since last purchase', 'NUMERIC', 'days', 0, 99],
      ['MntWines', 'Amount spent on wines', 'NUMERIC', 'currency', 0, 1493],
      ['NumDealsPurchases', 'Purchases with a discount', 'NUMERIC', 'count', 0, 15],
      ['NumWebVisitsMonth', 'Web visits per month', 'NUMERIC', 'count', 0, 20],
      ['AcceptedCmp3', 'Accepted campaign 3', 'BINARY', null, 0, 1],
      ['Complain', 'Complained in the last 2 years', 'BINARY', null, 0, 1],
      ['Education', 'Education', 'CATEGORICAL', null, 0, 0],
      ['age', 'Age', 'NUMERIC', 'years', 18, 95],
      ['balance', 'Average yearly balance', 'NUMERIC', 'currency', -8019, 102127],
      ['duration', 'Last call duration (s)', 'NUMERIC', 'seconds', 0, 4918],
      ['campaign', 'Contacts in this campaign', 'NUMERIC', 'count', 1, 63],
      ['pdays', 'Days since previous campaign contact', 'NUMERIC', 'days', -1, 871],
      ['housing', 'Has housing loan', 'BINARY', null, 0, 1],
      ['NumPets', 'Num pets', 'NUMERIC', null, 0, 4],
    ];
    const table = cases.map(
      ([name, label, kind, unit, min, max]) => `${name}: ${JSON.stringify(inferPhrasing({ name, label, kind, unit, min, max }))}`,
    );
    expect(table.join('\n')).toMatchSnapshot();
  });
});

describe('region captions', () => {
  it('words a Drivers region as the target group would', async () => {
    const { regionText } = await import('../../../../server/src/modules/phrasing/region-text.js');
    const teens: Feature = {
      feature: 'Teenhome',
      label: 'Teenagers at home',
      kind: 'NUMERIC',
      phrasing: { kind: 'COUNT', one: 'teenager at home', other: 'teenagers at home' },
    };
    expect(regionText(teens, { min: null, max: 0 })).toBe('Customers with no teenagers at home');
    expect(
      regionText({ feature: 'AcceptedCmp5', label: 'Accepted campaign 5', kind: 'BINARY' }, { min: null, max: null, levels: ['1'] }),
    ).toBe('Customers who accepted campaign 5');
    // DATE curves count days before a reference day: 0..30 days before 1 March 2013 is February 2013.
    const since: Feature = { feature: 'Dt_Customer', label: 'Customer since', kind: 'DATE' };
    expect(regionText(since, { min: 0, max: 28 }, {}, day('2013-03-01'))).toBe(
      'Customers who became customers between 1 February 2013 and 1 March 2013',
    );
    expect(
      regionText(
        { feature: 'Income', label: 'Yearly household income', kind: 'NUMERIC', unit: 'currency' },
        { min: 62521.3, max: null },
        { currency: 'USD' },
      ),
    ).toBe('Customers who earn at least $62,521 a year');
  });
});
