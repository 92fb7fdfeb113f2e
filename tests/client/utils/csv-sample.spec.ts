import { describe, expect, it } from 'vitest';
import { datasetNameFromFile, estimateRowCount, parseHeader, sniffDelimiter, splitCsvLine } from '../../../client/src/utils/csv-sample';

describe('CSV header preview', () => {
  it('finds the delimiter that splits lines consistently', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n4,5,6\n')).toBe(',');
    expect(sniffDelimiter('"age";"job";"balance"\n58;"management";2143\n')).toBe(';');
    expect(sniffDelimiter('ID\tYear_Birth\tEducation\n5524\t1957\tGraduation\n')).toBe('\t');
    // Commas inside a semicolon file's quoted text must not win.
    expect(sniffDelimiter('name;note\n"Smith, J";"a, b, c"\n"Doe";"x"\n')).toBe(';');
  });

  it('honours quotes, doubled quotes and empty fields', () => {
    expect(splitCsvLine('"a, b",c,"say ""hi""",', ',')).toEqual(['a, b', 'c', 'say "hi"', '']);
  });

  it('parses the header of the bank file shape, quotes removed and BOM dropped', () => {
    expect(parseHeader('\uFEFF"age";"job";"marital";"y"\r\n58;"management";"married";"no"\r\n')).toEqual(['age', 'job', 'marital', 'y']);
    expect(parseHeader('')).toEqual([]);
    expect(parseHeader('\n\n  id , name \n1,x')).toEqual(['id', 'name']);
  });
});

describe('estimateRowCount', () => {
  it('is exact when the sample is the whole file', () => {
    const text = 'a,b\n1,2\n3,4\n5,6\n';
    expect(estimateRowCount(text, text.length, text.length)).toBe(3);
    expect(estimateRowCount('a,b\r\n1,2\r\n3,4', 13, 13)).toBe(2);
  });

  it('extrapolates from a partial sample by average line length', () => {
    // 1,000 lines of 10 bytes each (header included), sampled over the first 100 lines.
    const line = '123456789\n';
    const sample = line.repeat(100) + '12345'; // cut mid-line, as a byte slice would be
    const estimate = estimateRowCount(sample, sample.length, line.length * 1000);
    expect(estimate).not.toBeNull();
    expect(Math.abs((estimate ?? 0) - 999)).toBeLessThanOrEqual(10);
  });

  it('returns null when there is no data line to learn from', () => {
    expect(estimateRowCount('a,b\n', 4, 4)).toBeNull();
    expect(estimateRowCount('a,b,c,d', 7, 70_000)).toBeNull();
  });
});

describe('datasetNameFromFile', () => {
  it('uses the file name without its extension', () => {
    expect(datasetNameFromFile('bank-full.csv')).toBe('bank-full');
    expect(datasetNameFromFile('iFood Marketing.CSV')).toBe('iFood Marketing');
    expect(datasetNameFromFile('export.2024.tsv')).toBe('export.2024');
    expect(datasetNameFromFile('.csv')).toBe('New dataset');
  });
});
