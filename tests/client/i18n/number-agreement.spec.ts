import { afterEach, describe, expect, it } from 'vitest';
import { countText, setLocale } from '../../../client/src/i18n';
import { formatInteger, formatLift, formatMoney, formatPercent } from '../../../client/src/utils/format';
import { formatCountIn, formatCurrencyIn, formatLiftIn, formatPercentIn } from '../../../server/src/modules/phrasing/locale-format';

/**
 * The client's cards and the server's sentences write a figure the same way in every language:
 * one rule for thousands (grouped from four digits: "1.234" in Spanish, "1 234" in Polish and
 * Russian, though Intl alone leaves four-digit numbers ungrouped in Spanish and Polish).
 */
const FIGURES = [7, 999, 1234, 2000, 12_345, 45_211, 1_234_567];
const GROUPED: Record<'es' | 'pl' | 'ru', string> = { es: '1.234', pl: '1\u00a0234', ru: '1\u00a0234' };

afterEach(() => setLocale('en'));

describe('numbers agree between client and server', () => {
  for (const locale of ['en', 'es', 'pl', 'ru'] as const) {
    it(`${locale}: counts, figures, shares and money read the same on both sides`, () => {
      setLocale(locale);
      for (const n of FIGURES) {
        expect(formatInteger(n), `${n}`).toBe(formatCountIn(n, locale));
        expect(countText('common.rows', n).split(' ').slice(0, -1).join(' ')).toBe(formatCountIn(n, locale));
        expect(formatMoney(n, 'EUR'), `€${n}`).toBe(formatCurrencyIn(n, 'EUR', locale));
      }
      for (const share of [0, 0.168, 0.5, 0.999, 1]) expect(formatPercent(share), `${share}`).toBe(formatPercentIn(share, locale));
      expect(formatLift(1234.56)).toBe(formatLiftIn(1234.56, locale));
    });
  }

  for (const locale of ['es', 'pl', 'ru'] as const) {
    it(`${locale}: four-digit numbers are grouped (${GROUPED[locale]})`, () => {
      setLocale(locale);
      expect(formatInteger(1234)).toBe(GROUPED[locale]);
      expect(formatCountIn(1234, locale)).toBe(GROUPED[locale]);
    });
  }
});
