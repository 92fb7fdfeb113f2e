import { describe, expect, it } from 'vitest';
import {
  MATERIAL_DIFFERENCE,
  formatAuc,
  formatAverage,
  formatCount,
  formatDate,
  formatDateTime,
  formatFigure,
  formatFixed,
  formatLift,
  formatMoney,
  formatShare,
  isMaterialDifference,
  materialDirection,
} from '../../../server/src/domain/number-format.js';

describe('one number, one format', () => {
  it('writes shares with one decimal, whole at 0 and 100, never "0.0%" for a tiny share', () => {
    expect(formatShare(0.168)).toBe('16.8%');
    expect(formatShare(0.16849)).toBe('16.8%');
    expect(formatShare(0.0725)).toBe('7.3%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0.0004)).toBe('less than 0.1%');
    expect(formatShare(0.9996)).toBe('more than 99.9%');
    expect(formatShare(0.25, 0)).toBe('25%');
    expect(formatShare(Number.NaN)).toBe('—');
    expect(formatShare(null)).toBe('—');
  });

  it('writes lifts with one decimal and AUC with two', () => {
    expect(formatLift(3.7826)).toBe('3.8');
    expect(formatLift(12.44)).toBe('12.4');
    expect(formatLift(2)).toBe('2.0');
    expect(formatAuc(0.8371)).toBe('0.84');
    expect(formatAuc(0.81)).toBe('0.81');
  });

  it('writes counts with separators, money with the currency, figures with sensible decimals', () => {
    expect(formatCount(2240)).toBe('2,240');
    expect(formatCount(-0.2)).toBe('0');
    expect(formatMoney(1250, 'EUR')).toBe('€1,250');
    expect(formatMoney(403.6)).toBe('404');
    expect(formatMoney(2.5)).toBe('2.50');
    expect(formatMoney(2.5, 'USD')).toBe('$2.50');
    expect(formatFigure(69871.3)).toBe('69,871');
    expect(formatFigure(12.34)).toBe('12.3');
    expect(formatFigure(0.456)).toBe('0.46');
    expect(formatFigure(0.8371, 3)).toBe('0.837');
  });

  it('writes medians of whole-number features as whole numbers', () => {
    expect(formatAverage(382.5, true)).toBe('383');
    expect(formatAverage(1.5, false)).toBe('1.5');
  });

  it('writes dates in one style, day month year', () => {
    expect(formatDate(15_765)).toBe('1 March 2013'); // day number since 1970-01-01
    expect(formatDate('2013-01-31T00:00:00Z')).toBe('31 January 2013');
    expect(formatDateTime('2025-03-04T14:05:00Z', 'en', 'UTC')).toBe('4 March 2025, 14:05');
    expect(formatDate('not a date')).toBe('—');
  });

  it('takes a locale for separators and decimal marks', () => {
    expect(formatShare(0.168, 1, 'es')).toMatch(/^16,8\s?%$/);
    expect(formatCount(22400, 'pl')).toMatch(/^22\s400$/);
    expect(formatLift(3.78, 'ru')).toBe('3,8');
  });

  it('groups thousands from four digits in every language (1.234,5 in Spanish; 1 234,5 in Polish and Russian)', () => {
    // Intl alone writes "1234" in Spanish and Polish (minimum grouping digits 2); the rule groups them.
    expect(formatFixed(1234.5, 1, 'es-ES')).toBe('1.234,5');
    expect(formatFixed(1234.5, 1, 'pl-PL')).toBe('1\u00a0234,5');
    expect(formatFixed(1234.5, 1, 'ru-RU')).toBe('1\u00a0234,5');
    expect(formatFixed(1234.5, 1, 'en-US')).toBe('1,234.5');
    expect(formatCount(2000, 'es')).toBe('2.000');
    expect(formatCount(2000, 'pl')).toBe('2\u00a0000');
    expect(formatCount(999, 'es')).toBe('999');
    expect(formatMoney(1250, 'EUR', 'es-ES')).toBe('1.250\u00a0€');
  });

  it(`says higher or lower only when the shown figures differ by at least ${MATERIAL_DIFFERENCE * 100}%`, () => {
    expect(isMaterialDifference(2, 2.4, (x) => formatCount(x))).toBe(false); // "2" vs "2"
    expect(isMaterialDifference(0.41, 0.44)).toBe(false); // "0.41" vs "0.44": 7 % apart
    expect(isMaterialDifference(0.073, 0.078, (x) => formatShare(x))).toBe(false);
    expect(isMaterialDifference(1, 0.073, (x) => formatShare(x))).toBe(true);
    expect(isMaterialDifference(383, 107)).toBe(true);
    expect(materialDirection(383, 107)).toBe('higher');
    expect(materialDirection(0.4, 0.4)).toBeNull();
    expect(materialDirection(0.1, 0.4)).toBe('lower');
  });
});
