/**
 * Plural forms checked against native rule tables, for 0, 1, 2, 5, 11, 12, 21, 22, 25, 101 and
 * 1,000,001 in each language. The tables are written by hand from each language's grammar, not
 * from Intl, so a wrong catalogue form or a wrong plural category both fail:
 *
 * - English: one for 1, other for everything else.
 * - Spanish: one for 1, other for the rest; "many" only for round millions ("1.000.000 de
 *   clientes", the noun after "de"), so 1.000.001 is plain plural.
 * - Russian: one for numbers ending in 1 except 11 (1, 21, 101, 1 000 001: клиент, день),
 *   few for endings 2–4 except 12–14 (2, 22: клиента, дня: the genitive singular), many for
 *   0, 5–20 and endings 5–9, 0, 11–14 (0, 5, 11, 12, 25: клиентов, дней: the genitive plural).
 * - Polish: one only for exactly 1 (1 klient, 1 tydzień); few for endings 2–4 except 12–14
 *   (2, 22: tygodnie, lata); many for everything else, including 21, 101 and 1 000 001
 *   (dwadzieścia jeden tygodni). Klient is a masculine personal noun, and with numerals from 2
 *   up it takes the genitive plural "klientów" (dwóch, pięciu, dwudziestu dwóch klientów), so
 *   "2 klientów" and "22 klientów" are right, while a non-personal noun shows all three forms
 *   (1 tydzień, 2 tygodnie, 5 tygodni; 1 rok, 2 lata, 5 lat).
 */
import { describe, expect, it } from 'vitest';
import { message } from '../../../../server/src/modules/phrasing/catalogue.js';
import { formatCountIn } from '../../../../server/src/modules/phrasing/locale-format.js';
import { INTL_TAGS, type Locale } from '../../../../server/src/modules/phrasing/locale.js';
import { conditionText } from '../../../../server/src/modules/phrasing/phrase.js';

const NUMBERS = [0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 1_000_001] as const;

/** Each language's plural category for each of NUMBERS, in order. */
const CATEGORIES: Record<Locale, string> = {
  en: 'other one other other other other other other other other other',
  es: 'other one other other other other other other other other other',
  pl: 'many one few many many many many few many many many',
  ru: 'many one few many many many one few many one one',
};

/** The text for each of NUMBERS, in order, written out number by number ("|" between them). */
const CUSTOMERS: Record<Locale, string> = {
  en: '0 customers|1 customer|2 customers|5 customers|11 customers|12 customers|21 customers|22 customers|25 customers|101 customers|1,000,001 customers',
  es: '0 clientes|1 cliente|2 clientes|5 clientes|11 clientes|12 clientes|21 clientes|22 clientes|25 clientes|101 clientes|1.000.001 clientes',
  pl: '0 klientów|1 klient|2 klientów|5 klientów|11 klientów|12 klientów|21 klientów|22 klientów|25 klientów|101 klientów|1 000 001 klientów',
  ru: '0 клиентов|1 клиент|2 клиента|5 клиентов|11 клиентов|12 клиентов|21 клиент|22 клиента|25 клиентов|101 клиент|1 000 001 клиент',
};

/** Durations: Polish weeks and years, Russian days and years, Spanish days; keyed "locale unit". */
const DURATIONS: Record<string, string> = {
  'pl week':
    '0 tygodni|1 tydzień|2 tygodnie|5 tygodni|11 tygodni|12 tygodni|21 tygodni|22 tygodnie|25 tygodni|101 tygodni|1 000 001 tygodni',
  'pl year': '0 lat|1 rok|2 lata|5 lat|11 lat|12 lat|21 lat|22 lata|25 lat|101 lat|1 000 001 lat',
  'ru day': '0 дней|1 день|2 дня|5 дней|11 дней|12 дней|21 день|22 дня|25 дней|101 день|1 000 001 день',
  'ru year': '0 лет|1 год|2 года|5 лет|11 лет|12 лет|21 год|22 года|25 лет|101 год|1 000 001 год',
  'es day': '0 días|1 día|2 días|5 días|11 días|12 días|21 días|22 días|25 días|101 días|1.000.001 días',
};

/** Spaces inside numbers are no-break spaces in Polish and Russian. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const LOCALES = ['en', 'es', 'pl', 'ru'] as const;

describe('plural forms against native rule tables', () => {
  it.each(LOCALES)('%s: the plural category of each number', (locale) => {
    const rules = new Intl.PluralRules(INTL_TAGS[locale]);
    expect(NUMBERS.map((n) => rules.select(n)).join(' ')).toBe(CATEGORIES[locale]);
  });

  it.each(LOCALES)('%s: customers', (locale) => {
    const texts = NUMBERS.map((n) => plain(message('count.customers', { n, count: formatCountIn(n, locale) }, locale)));
    expect(texts).toEqual(CUSTOMERS[locale].split('|'));
  });

  it('es: a round million takes "de"', () => {
    expect(message('count.customers', { n: 1_000_000, count: formatCountIn(1_000_000, 'es') }, 'es')).toBe('1.000.000 de clientes');
  });

  it.each(Object.entries(DURATIONS))('%s', (key, texts) => {
    const [locale, unit] = key.split(' ') as [Locale, 'day' | 'week' | 'year'];
    expect(NUMBERS.map((n) => plain(message(`unit.${unit}`, { n }, locale)))).toEqual(texts.split('|'));
  });

  it('counted nouns in conditions take the form their number asks for', () => {
    const kids = {
      feature: 'Kidhome',
      label: 'Children at home',
      phrasing: { kind: 'COUNT' as const, one: 'child at home', other: 'children at home' },
    };
    const visits = {
      feature: 'NumWebVisitsMonth',
      label: 'Web visits per month',
      phrasing: { kind: 'COUNT' as const, one: 'web visit per month', other: 'web visits per month' },
    };
    const exact = (f: typeof kids, n: number, locale: Locale) => conditionText(f, { min: n, max: n, levels: null }, { locale });
    const atMost = (f: typeof kids, n: number, locale: Locale) => conditionText(f, { min: null, max: n, levels: null }, { locale });
    // Russian: nominative after "ровно" by category, genitive after "не более" / "нет".
    expect([1, 2, 5, 21, 22].map((n) => exact(visits, n, 'ru'))).toEqual([
      'ровно одно посещение сайта в месяц',
      'ровно 2 посещения сайта в месяц',
      'ровно 5 посещений сайта в месяц',
      'ровно 21 посещение сайта в месяц',
      'ровно 22 посещения сайта в месяц',
    ]);
    expect([0, 1, 2, 21].map((n) => atMost(kids, n, 'ru'))).toEqual([
      'нет детей дома',
      'не более одного ребёнка дома',
      'не более 2 детей дома',
      'не более 21 ребёнка дома',
    ]);
    // Polish: accusative after "mają", genitive after "nie mają".
    expect([0, 1, 2, 5, 22].map((n) => exact(visits, n, 'pl'))).toEqual([
      'nie mają wizyt na stronie w miesiącu',
      'mają dokładnie jedną wizytę na stronie w miesiącu',
      'mają dokładnie 2 wizyty na stronie w miesiącu',
      'mają dokładnie 5 wizyt na stronie w miesiącu',
      'mają dokładnie 22 wizyty na stronie w miesiącu',
    ]);
    expect([0, 1, 2].map((n) => atMost(kids, n, 'pl'))).toEqual([
      'nie mają dzieci w domu',
      'mają najwyżej jedno dziecko w domu',
      'mają najwyżej 2 dzieci w domu',
    ]);
    // Spanish: gender of "un" / "una".
    expect([0, 1, 3].map((n) => atMost(visits, n, 'es'))).toEqual([
      'sin visitas a la web al mes',
      'con no más de una visita a la web al mes',
      'con no más de 3 visitas a la web al mes',
    ]);
  });
});
