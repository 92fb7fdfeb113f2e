import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../client/src/i18n';
import { columnValueText, dateFormatOf } from '../../../client/src/utils/column-value';

const numeric = (unit: string | null) => ({ kind: 'NUMERIC', unit });
/** Intl separates groups and the currency with (narrow) no-break spaces; compared as plain spaces. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('a stored value as people read it', () => {
  afterEach(() => setLocale('en'));

  it('writes money, counts, durations and plain figures by the shared rules, in the active locale', () => {
    expect(columnValueText('54191', numeric('currency'), 'EUR')).toBe('€54,191');
    expect(columnValueText('54191', numeric('currency'))).toBe('54,191');
    expect(columnValueText('1234', numeric('count'))).toBe('1,234');
    expect(columnValueText('29', numeric('days'))).toBe('29 days');
    expect(columnValueText('1957', numeric('years'))).toBe('1957');
    expect(columnValueText('3.14159', numeric(null))).toBe('3.14');
    setLocale('pl');
    expect(spaced(columnValueText('54191', numeric('currency'), 'EUR'))).toBe('54 191 €');
    expect(spaced(columnValueText('54191', numeric(null)))).toBe('54 191');
    setLocale('es');
    expect(columnValueText('54191', numeric('count'))).toBe('54.191');
  });

  it('writes dates in words, reading day-month or month-day from the column’s values', () => {
    expect(columnValueText('1/31/2013', { kind: 'DATE', unit: null })).toBe('31 January 2013');
    expect(columnValueText('2/3/2013', { kind: 'DATE', unit: null, examples: ['21/08/2012'] })).toBe('2 March 2013');
    expect(columnValueText('2/3/2013', { kind: 'DATE', unit: null, examples: ['08/21/2012'] })).toBe('3 February 2013');
    expect(columnValueText('2013-01-31', { kind: 'DATE', unit: null })).toBe('31 January 2013');
    setLocale('ru');
    expect(columnValueText('1/31/2013', { kind: 'DATE', unit: null })).toBe('31 января 2013 г.');
  });

  it('leaves what it cannot read as stored: undecidable dates, text, levels', () => {
    expect(dateFormatOf(['2/3/2013', '4/5/2014'])).toBeNull();
    expect(columnValueText('2/3/2013', { kind: 'DATE', unit: null })).toBe('2/3/2013');
    expect(columnValueText('n/a', numeric('currency'))).toBe('n/a');
    expect(columnValueText('PhD', { kind: 'CATEGORICAL', unit: null })).toBe('PhD');
  });
});
