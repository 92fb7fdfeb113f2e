import { describe, expect, it } from 'vitest';
import { sniffCsv } from '../../../../../server/src/modules/datasets/import/csv-sniffer.js';

describe('sniffCsv', () => {
  it('finds ; in a file with 1,5 decimals (commas in values do not fool it)', () => {
    const text = 'id;price;qty\n1;1,5;2\n2;10,25;3\n3;4;1\n';
    expect(sniffCsv(text).delimiter).toBe(';');
  });

  it('ignores delimiters inside quotes, including quoted line breaks', () => {
    const text = 'a,b,c\n1,"x;y;z","p\nq;r"\n2,"s;t",u\n';
    const result = sniffCsv(text);
    expect(result.delimiter).toBe(',');
    expect(result.consistency).toBe(1);
  });

  it('finds tab and pipe, and reports the first line ending', () => {
    expect(sniffCsv('a\tb\r\n1\t2\r\n')).toMatchObject({ delimiter: '\t', lineEnding: '\r\n' });
    expect(sniffCsv('a|b|c\n1|2|3\n')).toMatchObject({ delimiter: '|', lineEnding: '\n' });
  });

  it('judges many lines: a header that also splits on , loses to a consistent ;', () => {
    const lines = ['name, first;score'];
    for (let i = 0; i < 500; i++) lines.push(`n${i};${i % 3 === 0 ? `${i},5` : i}`);
    expect(sniffCsv(lines.join('\n')).delimiter).toBe(';');
  });

  it('ignores the cut last record of a truncated head', () => {
    const text = 'a;b\n1;2\n3;4\n5,6,7,8,9';
    expect(sniffCsv(text, { truncated: true })).toMatchObject({ delimiter: ';', linesExamined: 3 });
  });

  it('defaults to , for a single-column file', () => {
    expect(sniffCsv('email\na@x.org\nb@y.org\n').delimiter).toBe(',');
  });
});
