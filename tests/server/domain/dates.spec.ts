import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, epochDay, isoDate, isoToDay, parseDateValue } from '../../../server/src/domain/dates.js';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('the date rule (the importer decides what a DATE column holds with it)', () => {
  it('reads ISO, M/D/Y and D/M/Y as whole days since 1970-01-01 UTC', () => {
    expect(parseDateValue('1970-01-02', 'ISO')).toBe(1);
    expect(parseDateValue('2014-06-16', 'ISO')).toBe(day(2014, 6, 16));
    expect(parseDateValue(' 2014-6-16 ', 'ISO')).toBe(day(2014, 6, 16));
    expect(parseDateValue('2014-06-16T23:59:00Z', 'ISO')).toBe(day(2014, 6, 16));
    expect(parseDateValue('2014-06-16 08:30', 'ISO')).toBe(day(2014, 6, 16));
    expect(parseDateValue('6/16/2014', 'MDY')).toBe(day(2014, 6, 16));
    expect(parseDateValue('16/6/2014', 'DMY')).toBe(day(2014, 6, 16));
    expect(parseDateValue('16.06.2014', 'DMY')).toBe(day(2014, 6, 16));
    expect(parseDateValue('16-06-2014 10:00', 'DMY')).toBe(day(2014, 6, 16));
  });

  it('accepts only the column format, four-digit years, one separator and real dates', () => {
    expect(parseDateValue('2014-06-16', 'DMY')).toBeNull();
    expect(parseDateValue('6/16/2014', 'ISO')).toBeNull();
    expect(parseDateValue('3/4/12', 'MDY')).toBeNull();
    expect(parseDateValue('16/06.2014', 'DMY')).toBeNull();
    expect(parseDateValue('2/29/2013', 'MDY')).toBeNull();
    expect(parseDateValue('2/29/2012', 'MDY')).toBe(day(2012, 2, 29));
    expect(parseDateValue('13/1/2014', 'MDY')).toBeNull();
    expect(parseDateValue('yesterday', 'ISO')).toBeNull();
    expect(epochDay(2014, 2, 30)).toBeNull();
  });

  it('gives NaN for missing or unreadable values in numeric arrays', () => {
    expect(dayNumber('2014-06-16')).toBe(day(2014, 6, 16));
    expect(dayNumber('16/6/2014', 'DMY')).toBe(day(2014, 6, 16));
    expect(dayNumber(null)).toBeNaN();
    expect(dayNumber('16/6/2014', 'ISO')).toBeNaN();
  });

  it('turns day numbers into ISO text and back', () => {
    expect(isoDate(15000)).toBe('2011-01-26');
    expect(isoDate(16249.6)).toBe('2014-06-29');
    expect(isoToDay('2011-01-26')).toBe(15000);
    expect(isoToDay('2011-02-30')).toBeNull();
    expect(dateOfDay(1).toISOString()).toBe('1970-01-02T00:00:00.000Z');
    for (const d of [-365, 0, 15000, 20000]) expect(isoToDay(isoDate(d))).toBe(d);
  });
});
