import { describe, expect, it } from 'vitest';
import { customerFact, type FactFeature } from '../../../../server/src/modules/phrasing/customer-fact.js';
import { inferPhrasing, type PhrasingEvidence } from '../../../../server/src/modules/phrasing/phrasing.js';

/** A column as the importer leaves it: label, kind, unit, range, and the phrasing inferred from them. */
const column = (e: PhrasingEvidence, positiveLevel?: string): FactFeature => ({
  feature: e.name,
  label: e.label,
  kind: e.kind as FactFeature['kind'],
  unit: e.unit,
  phrasing: inferPhrasing(e),
  positiveLevel,
});
const RECENCY = column({ name: 'Recency', label: 'Days since last purchase', kind: 'NUMERIC', unit: 'days', min: 0, max: 99 });
const TEENS = column({ name: 'Teenhome', label: 'Teenagers at home', kind: 'NUMERIC', unit: 'count', min: 0, max: 2 });
const KIDS = column({ name: 'Kidhome', label: 'Children at home', kind: 'NUMERIC', unit: 'count', min: 0, max: 2 });
const WEB = column({ name: 'NumWebPurchases', label: 'Purchases on the website', kind: 'NUMERIC', unit: 'count', min: 0, max: 27 });
const INCOME = column({ name: 'Income', label: 'Yearly household income', kind: 'NUMERIC', unit: 'currency', min: 1730, max: 666666 });
const MEAT = column({ name: 'MntMeatProducts', label: 'Amount spent on meat', kind: 'NUMERIC', unit: 'currency', min: 0, max: 1725 });
const BORN = column({ name: 'Year_Birth', label: 'Year of birth', kind: 'NUMERIC', unit: 'years', min: 1893, max: 1996 });
const CMP5 = column({ name: 'AcceptedCmp5', label: 'Accepted campaign 5', kind: 'BINARY' });
const EDUCATION = column({ name: 'Education', label: 'Education', kind: 'CATEGORICAL' });
const SINCE = column({ name: 'Dt_Customer', label: 'Customer since', kind: 'DATE' });
const CALL = column({ name: 'duration', label: 'Last call duration (s)', kind: 'NUMERIC', unit: 'seconds', min: 0, max: 4918 });
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('one customer’s value as a fact (English)', () => {
  it('says how long ago they bought, with the right plural', () => {
    expect(customerFact(RECENCY, '12')).toBe('Bought 12 days ago');
    expect(customerFact(RECENCY, '1')).toBe('Bought 1 day ago');
    expect(customerFact(RECENCY, '0')).toBe('Bought today');
  });

  it('counts with the noun in the right number', () => {
    expect(customerFact(TEENS, '2')).toBe('Has 2 teenagers at home');
    expect(customerFact(KIDS, '1')).toBe('Has 1 child at home');
    expect(customerFact(KIDS, '0')).toBe('Has no children at home');
    expect(customerFact(WEB, '1')).toBe('Has 1 purchase on the website');
  });

  it('writes money in the dataset’s currency, or plain when none is set', () => {
    expect(customerFact(MEAT, '546', { currency: 'USD' })).toBe('Spent $546 on meat');
    expect(customerFact(MEAT, '546')).toBe('Spent 546 on meat');
    expect(customerFact(INCOME, '58138', { currency: 'EUR' })).toBe('Yearly household income (€58,138)');
  });

  it('reads years as years, yes/no as facts, dates as dates, durations with their unit', () => {
    expect(customerFact(BORN, '1957')).toBe('Born in 1957');
    expect(customerFact(CMP5, '1')).toBe('Accepted campaign 5');
    expect(customerFact(CMP5, '0')).toBe('Did not accept campaign 5');
    expect(customerFact(EDUCATION, 'PhD')).toBe('Education (PhD)');
    expect(customerFact(SINCE, '9/4/2012', { parseDay: () => day(2012, 9, 4) })).toBe('Customer since (4 September 2012)');
    expect(customerFact(CALL, '1')).toBe('Last call duration (1 second)');
    expect(customerFact(CALL, '261')).toBe('Last call duration (261 seconds)');
  });

  it('says when a value is unknown, and never shows a raw column name', () => {
    expect(customerFact(INCOME, null)).toBe('Yearly household income (unknown)');
    expect(customerFact(INCOME, ' ')).toBe('Yearly household income (unknown)');
    for (const f of [RECENCY, TEENS, MEAT, BORN, CMP5]) expect(customerFact(f, '3')).not.toContain(f.feature);
  });
});

describe('one customer’s value as a fact (Polish and Russian plurals)', () => {
  // Polish one / few / many; Russian один / 2–4 / 5+ and 21.
  it.each<['pl' | 'ru', string, FactFeature, string | null]>([
    ['pl', 'Ma jedno dziecko w domu', KIDS, '1'],
    ['pl', 'Nie ma dzieci w domu', KIDS, '0'],
    ['pl', 'Ma 2 nastolatków w domu', TEENS, '2'],
    ['pl', 'Ma 22 zakupy w sklepie internetowym', WEB, '22'],
    ['pl', 'Ma 5 zakupów w sklepie internetowym', WEB, '5'],
    ['pl', 'Ostatni zakup 1 dzień temu', RECENCY, '1'],
    ['pl', 'Ostatni zakup 3 dni temu', RECENCY, '3'],
    ['pl', 'Przyjęcie oferty kampanii 5 (tak)', CMP5, '1'],
    ['ru', 'У клиента один ребёнок дома', KIDS, '1'],
    ['ru', 'У клиента 2 ребёнка дома', KIDS, '2'],
    ['ru', 'У клиента нет детей дома', KIDS, '0'],
    ['ru', 'У клиента 21 покупка на сайте', WEB, '21'],
    ['ru', 'У клиента 5 покупок на сайте', WEB, '5'],
    ['ru', 'Последняя покупка 2 дня назад', RECENCY, '2'],
    ['ru', 'Последняя покупка сегодня', RECENCY, '0'],
    ['ru', 'Годовой доход семьи (нет данных)', INCOME, null],
  ])('%s: %s', (locale, fact, feature, value) => {
    expect(customerFact(feature, value, { locale })).toBe(fact);
  });

  it('Polish money in złoty', () => {
    expect(customerFact(MEAT, '546', { locale: 'pl', currency: 'PLN' })).toMatch(/^Wydatki na mięso \(546\s?zł\)$/);
  });
});
