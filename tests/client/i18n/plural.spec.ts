import { afterEach, describe, expect, it } from 'vitest';
import { countText, setLocale } from '../../../client/src/i18n';
import type { AppLocale } from '../../../client/src/i18n/locale';

/** Counted phrases through vue-i18n and Intl.PluralRules, checked against each language's rule table. */
const COUNTS = [0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 1000001];

// Forms written out from the languages' grammars, not from the code under test.
const ROWS: Record<AppLocale, string[]> = {
  en: ['rows', 'row', 'rows', 'rows', 'rows', 'rows', 'rows', 'rows', 'rows', 'rows', 'rows'],
  es: ['filas', 'fila', 'filas', 'filas', 'filas', 'filas', 'filas', 'filas', 'filas', 'filas', 'filas'],
  // Polish: only 1 itself is singular; 2-4 (not 12-14) after any tens take "wiersze".
  pl: ['wierszy', 'wiersz', 'wiersze', 'wierszy', 'wierszy', 'wierszy', 'wierszy', 'wiersze', 'wierszy', 'wierszy', 'wierszy'],
  // Russian: 1, 21, 101, 1 000 001 singular; 2-4, 22 "строки"; 0, 5-20, 25 "строк".
  ru: ['строк', 'строка', 'строки', 'строк', 'строк', 'строк', 'строка', 'строки', 'строк', 'строка', 'строка'],
};

const FIGURES: Record<AppLocale, string> = { en: '1,000,001', es: '1.000.001', pl: '1\u00a0000\u00a0001', ru: '1\u00a0000\u00a0001' };

afterEach(() => setLocale('en'));

describe('plural forms', () => {
  for (const locale of ['en', 'es', 'pl', 'ru'] as const) {
    it(`${locale}: the right form for ${COUNTS.join(', ')}`, () => {
      setLocale(locale);
      const forms = COUNTS.map((count) => countText('common.rows', count).split(' ').pop());
      expect(forms).toEqual(ROWS[locale]);
    });

    it(`${locale}: the count is written with the language's digit grouping`, () => {
      setLocale(locale);
      expect(countText('common.rows', 1000001)).toBe(`${FIGURES[locale]} ${ROWS[locale][10]}`);
    });
  }

  it('Russian and Polish customers decline too', () => {
    setLocale('ru');
    expect([1, 2, 5, 21].map((n) => countText('common.customers', n))).toEqual(['1 клиент', '2 клиента', '5 клиентов', '21 клиент']);
    setLocale('pl');
    expect([1, 2, 5, 22].map((n) => countText('common.customers', n))).toEqual(['1 klient', '2 klientów', '5 klientów', '22 klientów']);
  });
});
