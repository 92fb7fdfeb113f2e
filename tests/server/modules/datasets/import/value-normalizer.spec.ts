import { describe, expect, it } from 'vitest';
import {
  isPositiveValue,
  normalizeValue,
  type NormalizeColumn,
} from '../../../../../server/src/modules/datasets/import/value-normalizer.js';
import { message } from '../../../../../server/src/modules/phrasing/catalogue.js';

/** A rejected value as the importer stores it (line 5) and as a Polish reader sees it. */
function problemText(raw: string, c: NormalizeColumn, locale: 'en' | 'pl' = 'en'): string {
  const result = normalizeValue(raw, c);
  if (result.ok) throw new Error(`${raw} was accepted`);
  return message(result.problem.key, { ...result.problem.params, line: 5 }, locale);
}

const column = (over: Partial<NormalizeColumn>): NormalizeColumn => ({
  name: 'Income',
  kind: 'NUMERIC',
  decimalComma: false,
  dateFormat: null,
  levels: null,
  ...over,
});

describe('normalizeValue', () => {
  it('trims and turns missing tokens into null for every kind', () => {
    for (const kind of ['NUMERIC', 'DATE', 'BINARY', 'CATEGORICAL'] as const) {
      for (const raw of ['', '  ', 'NA', 'n/a', 'NULL', '?'])
        expect(normalizeValue(raw, column({ kind }))).toEqual({ ok: true, value: null });
    }
    expect(normalizeValue('  Paris ', column({ kind: 'CATEGORICAL' }))).toEqual({ ok: true, value: 'Paris' });
  });

  it('writes numbers as canonical JS number text', () => {
    const dot = column({});
    const comma = column({ decimalComma: true });
    expect(normalizeValue('1e3', dot)).toEqual({ ok: true, value: '1000' });
    expect(normalizeValue('-0.50', dot)).toEqual({ ok: true, value: '-0.5' });
    expect(normalizeValue('1,234,567.5', dot)).toEqual({ ok: true, value: '1234567.5' });
    expect(normalizeValue('1,5', comma)).toEqual({ ok: true, value: '1.5' });
    expect(normalizeValue('1.234,5', comma)).toEqual({ ok: true, value: '1234.5' });
    expect(normalizeValue('1,5', dot).ok).toBe(false);
    expect(problemText('abc', dot)).toBe('Line 5: "abc" is not a number (column Income).');
    expect(problemText('abc', comma)).toBe(
      'Line 5: "abc" is not a number (column Income). This column writes decimals with a comma, like 1,5.',
    );
    expect(problemText('abc', comma, 'pl')).toBe(
      'Wiersz 5: „abc” nie jest liczbą (kolumna Income). Ta kolumna zapisuje ułamki z przecinkiem, np. 1,5.',
    );
  });

  it('validates dates against the column format but keeps the text', () => {
    const dmy = column({ name: 'Joined', kind: 'DATE', dateFormat: 'DMY', datePattern: 'D/M/YYYY' });
    expect(normalizeValue('31/12/2020', dmy)).toEqual({ ok: true, value: '31/12/2020' });
    expect(problemText('12/31/2020', dmy)).toBe('Line 5: "12/31/2020" is not a date written as D/M/YYYY (column Joined).');
    expect(normalizeValue('29/02/2021', dmy).ok).toBe(false);
  });

  it('keeps binary text as written but only the two levels, in any case', () => {
    const yn = column({ name: 'y', kind: 'BINARY', levels: ['no', 'yes'] });
    expect(normalizeValue('YES', yn)).toEqual({ ok: true, value: 'YES' });
    expect(problemText('maybe', yn)).toBe('Line 5: "maybe" is not one of the column\'s two values, "no" or "yes" (column y).');
    expect(isPositiveValue('YES', 'yes')).toBe(true);
    expect(isPositiveValue(null, 'yes')).toBe(false);
  });
});
