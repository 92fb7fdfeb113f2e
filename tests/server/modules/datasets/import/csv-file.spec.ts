import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  inferCsvFile,
  readNormalizedRows,
  type InferOptions,
  type InferenceResult,
  type NormalizedRow,
} from '../../../../../server/src/modules/datasets/import/csv-file.js';
import { CsvImportError } from '../../../../../server/src/modules/datasets/import/import-error.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../../..');
const fixtures = path.join(root, 'tests/fixtures/csv');

interface Expectation {
  error?: string;
  rows?: number;
  rejected?: number;
  emptyRows?: number;
  delimiter?: string;
  encoding?: string;
  bom?: boolean;
  lineEnding?: string;
  header?: string[];
  headerIssues?: number;
  kinds?: Record<string, string>;
  dateFormats?: Record<string, string>;
  decimalComma?: string[];
  missing?: Record<string, number>;
  reason?: Record<string, string>;
  target?: string | null;
  positive?: string;
  id?: string;
  lines?: number[];
  values?: Record<string, (string | null)[]>;
  rowErrors?: string[];
}
interface Case {
  file: string;
  options?: InferOptions;
  expect: Expectation;
}

const manifest = JSON.parse(readFileSync(path.join(fixtures, 'manifest.json'), 'utf8')) as { cases: Case[] };

async function collect(file: string, inference: InferenceResult): Promise<NormalizedRow[]> {
  const out: NormalizedRow[] = [];
  for await (const row of readNormalizedRows(file, inference)) out.push(row);
  return out;
}

function column(inference: InferenceResult, name: string) {
  const found = inference.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name} in ${inference.header.join(',')}`);
  return found;
}

describe('hostile CSV corpus (tests/fixtures/csv/manifest.json)', () => {
  it('has at least 22 fixture files, all listed in the manifest', () => {
    const files = new Set(manifest.cases.map((c) => c.file));
    expect(files.size).toBeGreaterThanOrEqual(22);
    for (const file of files) expect(existsSync(path.join(fixtures, file)), file).toBe(true);
  });

  it.each(manifest.cases.map((c) => [`${c.file}${c.options ? ` ${JSON.stringify(c.options)}` : ''}`, c] as const))(
    '%s',
    async (_name, testCase) => {
      const file = path.join(fixtures, testCase.file);
      const e = testCase.expect;
      if (e.error) {
        const failure = await inferCsvFile(file, testCase.options).then(
          () => null,
          (err: unknown) => err,
        );
        expect(failure).toBeInstanceOf(CsvImportError);
        expect((failure as Error).message).toContain(e.error);
        return;
      }
      const inference = await inferCsvFile(file, testCase.options);
      const rows = await collect(file, inference);
      const good = rows.filter((r): r is Extract<NormalizedRow, { values: unknown }> => 'values' in r);
      const bad = rows.filter((r): r is Extract<NormalizedRow, { error: unknown }> => 'error' in r);
      if (e.rows !== undefined) {
        expect(inference.rowCount).toBe(e.rows);
        expect(good).toHaveLength(e.rows);
      }
      expect(inference.rejectedRows).toBe(e.rejected ?? 0);
      expect(bad).toHaveLength(e.rejected ?? 0);
      if (e.emptyRows !== undefined) expect(inference.emptyRows).toBe(e.emptyRows);
      if (e.delimiter !== undefined) expect(inference.delimiter).toBe(e.delimiter);
      if (e.encoding !== undefined) expect(inference.encoding).toBe(e.encoding);
      if (e.bom !== undefined) expect(inference.bom).toBe(e.bom);
      if (e.lineEnding !== undefined) expect(inference.lineEnding).toBe(e.lineEnding);
      if (e.header) expect(inference.header).toEqual(e.header);
      if (e.headerIssues !== undefined) expect(inference.headerIssues).toHaveLength(e.headerIssues);
      for (const [name, kind] of Object.entries(e.kinds ?? {})) expect(column(inference, name).kind, name).toBe(kind);
      for (const [name, f] of Object.entries(e.dateFormats ?? {})) expect(column(inference, name).dateFormat, name).toBe(f);
      for (const name of e.decimalComma ?? []) expect(column(inference, name).decimalComma, name).toBe(true);
      for (const [name, n] of Object.entries(e.missing ?? {})) expect(column(inference, name).missing, name).toBe(n);
      for (const [name, text] of Object.entries(e.reason ?? {})) expect(column(inference, name).reason).toContain(text);
      if (e.target !== undefined) expect(inference.targetColumn).toBe(e.target);
      if (e.positive !== undefined) expect(inference.positiveLabel).toBe(e.positive);
      if (e.id !== undefined) expect(inference.idColumn).toBe(e.id);
      if (e.lines) expect(good.map((r) => r.line)).toEqual(e.lines);
      for (const [index, values] of Object.entries(e.values ?? {})) expect(good[Number(index)].values).toEqual(values);
      (e.rowErrors ?? []).forEach((text, i) => expect(bad[i].error.message).toContain(text));
    },
  );
});

describe('generated hostile files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'csv-import-spec-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects a header with 10,000 columns with a clear message', async () => {
    const file = path.join(dir, 'wide.csv');
    const names = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    writeFileSync(file, `${names.join(',')}\n${names.map(() => '1').join(',')}\n`);
    await expect(inferCsvFile(file)).rejects.toThrow('The header has 10,000 columns; at most 2,000 can be imported.');
  });

  it('rejects only the row whose value is over 1 MB, naming line and column', async () => {
    const file = path.join(dir, 'huge-field.csv');
    writeFileSync(file, `id,notes\n1,short\n2,"${'x'.repeat(1024 * 1024 + 1)}"\n3,fine\n`);
    const inference = await inferCsvFile(file);
    expect(inference.rowCount).toBe(2);
    expect(inference.rejectedRows).toBe(1);
    expect(inference.errors[0]).toMatchObject({ line: 3, column: 'notes' });
    expect(inference.errors[0].message).toContain('1,048,577 characters long; the limit is 1,048,576');
  });

  it('pass 2 refuses a file whose header changed after pass 1', async () => {
    const file = path.join(dir, 'changing.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const inference = await inferCsvFile(file);
    writeFileSync(file, 'a,c\n1,2\n');
    await expect(collect(file, inference)).rejects.toThrow('The file changed while it was being imported');
  });

  it('reports values that do not fit a column inferred from another file (appends)', async () => {
    const first = path.join(dir, 'first.csv');
    const second = path.join(dir, 'second.csv');
    writeFileSync(first, 'id,Income,joined\n1,10,2020-01-02\n2,20,2021-03-04\n');
    writeFileSync(second, 'id,Income,joined\n3,abc,2020-01-02\n4,30,2020-13-01\n5,40,2020-02-03\n');
    const inference = await inferCsvFile(first);
    const rows = await collect(second, inference);
    expect(rows[0]).toMatchObject({ line: 2, error: { column: 'Income', message: 'Line 2: "abc" is not a number (column Income).' } });
    expect(rows[1]).toMatchObject({ line: 3, error: { column: 'joined' } });
    expect(rows[2]).toEqual({ line: 4, values: ['5', '40', '2020-02-03'] });
  });
});

const datasets = path.resolve(root, '../shared/datasets');
const ifood = path.join(datasets, 'ifood-marketing-campaign.csv');
const bank = path.join(datasets, 'bank-full.csv');
if (!existsSync(ifood)) console.warn(`Skipping the iFood import checks: ${ifood} is absent.`);
if (!existsSync(bank)) console.warn(`Skipping the bank-full import checks: ${bank} is absent.`);

describe.skipIf(!existsSync(ifood))('real file: iFood marketing campaign', () => {
  it('infers the documented facts over the whole file and loads every row', async () => {
    const inference = await inferCsvFile(ifood);
    expect(inference.rowCount).toBe(2240);
    expect(inference.emptyRows).toBeGreaterThan(0);
    expect(inference.rejectedRows).toBe(0);
    expect(inference.targetColumn).toBe('Response');
    expect(inference.positiveLabel).toBe('1');
    expect(column(inference, 'Response').campaign?.responded).toBe(334);
    expect(inference.positiveRate).toBeCloseTo(0.149, 3);
    expect(inference.idColumn).toBe('ID');
    expect(column(inference, 'ID').kind).toBe('IDENTIFIER');
    expect(column(inference, 'Z_CostContact').kind).toBe('IGNORED');
    expect(column(inference, 'Z_Revenue').kind).toBe('IGNORED');
    expect(column(inference, 'Income')).toMatchObject({ kind: 'NUMERIC', missing: 24 });
    expect(column(inference, 'Dt_Customer')).toMatchObject({ kind: 'DATE', dateFormat: 'MDY', datePattern: 'M/D/YYYY' });
    expect(column(inference, 'Marital_Status').kind).toBe('CATEGORICAL');
    expect(column(inference, 'Marital_Status').topLevels.map((l) => l.value)).toContain('YOLO');
    for (let i = 1; i <= 5; i++) {
      expect(column(inference, `AcceptedCmp${i}`)).toMatchObject({ kind: 'BINARY', isPastCampaign: true, label: `Accepted campaign ${i}` });
    }
    expect(column(inference, 'MntWines').label).toBe('Amount spent on wines');
    let loaded = 0;
    for await (const row of readNormalizedRows(ifood, inference)) if ('values' in row) loaded++;
    expect(loaded).toBe(2240);
  });
});

describe.skipIf(!existsSync(bank))('real file: UCI bank marketing (bank-full)', () => {
  it('finds the semicolon, the yes/no target and the previous-campaign outcome', async () => {
    const inference = await inferCsvFile(bank);
    expect(inference.rowCount).toBe(45_211);
    expect(inference.delimiter).toBe(';');
    expect(inference.targetColumn).toBe('y');
    expect(inference.positiveLabel).toBe('yes');
    expect(inference.positiveRate).toBeCloseTo(0.117, 3);
    expect(column(inference, 'pdays')).toMatchObject({ kind: 'NUMERIC', min: -1 });
    expect(column(inference, 'poutcome')).toMatchObject({ kind: 'CATEGORICAL', isPastCampaign: true, positiveLabel: 'success' });
    const outcome = column(inference, 'poutcome').campaign!;
    const levels = Object.fromEntries(column(inference, 'poutcome').topLevels.map((l) => [l.value, l.count]));
    expect(outcome.responded).toBe(levels.success);
    expect(outcome.total).toBe(45_211 - levels.unknown);
    expect(column(inference, 'job').kind).toBe('CATEGORICAL');
    expect(column(inference, 'housing').kind).toBe('BINARY');
  });
});
