import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildHeader, cleanHeaderName } from '../../../../../server/src/modules/datasets/import/csv-header.js';
import { CsvRecordReader, type CsvItem } from '../../../../../server/src/modules/datasets/import/csv-reader.js';

async function read(text: string, chunk = 7) {
  const parts: Buffer[] = [];
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const reader = await CsvRecordReader.open(Readable.from(parts), { delimiter: ',', maxFieldSize: 20, maxColumns: 5 });
  const items: CsvItem[] = [];
  for await (const item of reader.rows()) items.push(item);
  return { reader, items };
}

describe('csv header cleaning', () => {
  it('makes names unique case-insensitively and names empty headers by position', () => {
    expect(buildHeader(['Name', ' Name ', '', 'name', 'column_3']).names).toEqual(['Name', 'Name_2', 'column_3_2', 'name_3', 'column_3']);
  });

  it('strips markup, scripts, control characters and formula signs', () => {
    expect(cleanHeaderName('<b>Income</b>')).toBe('Income');
    expect(cleanHeaderName('<script>alert(1)</script>Age')).toBe('Age');
    expect(cleanHeaderName('=HYPERLINK("x")')).toBe('HYPERLINK("x")');
    expect(cleanHeaderName('Sp\u0007end\u202e')).toBe('Sp end');
    expect(cleanHeaderName('x'.repeat(300))).toHaveLength(100);
  });
});

describe('CsvRecordReader', () => {
  it('yields rows with the line where each record starts, across quoted line breaks', async () => {
    const { items, reader } = await read('a,b\n1,"x\r\ny\nz"\n2,w\n');
    expect(items).toEqual([
      { line: 2, fields: ['1', 'x\r\ny\nz'] },
      { line: 5, fields: ['2', 'w'] },
    ]);
    expect(reader.stats).toEqual({ rows: 2, rejected: 0, emptyRows: 0 });
  });

  it('skips and counts all-empty rows anywhere, rejects ragged rows with a plain message', async () => {
    const { items, reader } = await read('a,b,c\n1,2,3\n,,\n\n1,2\n  , ,\n4,5,6\n');
    expect(items[1]).toEqual({ line: 5, error: { line: 5, message: 'Line 5 has 2 values but the header has 3 columns.' } });
    expect(items.filter((i) => 'fields' in i)).toHaveLength(2);
    expect(reader.stats).toEqual({ rows: 2, rejected: 1, emptyRows: 3 });
  });

  it('rejects a row with a too-long value and names the column', async () => {
    const { items } = await read(`a,b\n1,${'y'.repeat(21)}\n2,ok\n`);
    expect(items[0]).toMatchObject({
      line: 2,
      error: { column: 'b', message: 'Line 2: the value in column b is 21 characters long; the limit is 20.' },
    });
    expect(items[1]).toEqual({ line: 3, fields: ['2', 'ok'] });
  });

  it('refuses a header of separators and spaces, naming its line, but skips empty lines before a header', async () => {
    await expect(read(' , ,  , ,\n1,2,3,4,5\n')).rejects.toMatchObject({ code: 'BLANK_HEADER', line: 1 });
    await expect(read('\n\n,,\na,b,c\n1,2,3\n')).rejects.toMatchObject({ code: 'BLANK_HEADER', line: 3 });
    const { items, reader } = await read('\n\na,b\n1,2\n');
    expect(reader.header.names).toEqual(['a', 'b']);
    expect(items).toEqual([{ line: 4, fields: ['1', '2'] }]);
  });

  it('says so when a header name was cut', () => {
    const { names, issues } = buildHeader(['y'.repeat(150), 'b']);
    expect(names[0]).toBe('y'.repeat(100));
    expect(issues).toEqual([
      {
        line: 1,
        column: 'y'.repeat(100),
        message: `The header of column 1 is 150 characters long; it was cut to the first 100: "${'y'.repeat(100)}".`,
      },
    ]);
  });

  it('stops with the start line of an unclosed quote, and on too many columns', async () => {
    await expect(read('a,b\n1,2\n3,"open\n4,5\n')).rejects.toMatchObject({ code: 'UNTERMINATED_QUOTE', line: 3 });
    await expect(read('a,b,c,d,e,f\n1,2,3,4,5,6\n')).rejects.toMatchObject({ code: 'TOO_MANY_COLUMNS' });
  });

  it('guards memory with a maximum record size', async () => {
    const reader = CsvRecordReader.open(Readable.from([`a\n"${'z'.repeat(5000)}`]), { delimiter: ',', maxRecordSize: 1000 });
    const run = async () => {
      for await (const _ of (await reader).rows()) void _;
    };
    await expect(run()).rejects.toMatchObject({ code: 'RECORD_TOO_LARGE', line: 2 });
  });
});
