import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK, IFOOD, reasonIfMissing } from '../helpers/datasets.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { getDataset, uploadFile, waitForImport } from '../helpers/imports.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';

describeEachDatabase('importing the real datasets', (kind) => {
  let t: TestServer, token: string;
  beforeAll(async () => ({ t, token } = await signedInTestServer(kind)));
  afterAll(() => t?.stop());

  describe.skipIf(reasonIfMissing(IFOOD))('iFood marketing campaign', () => {
    it('imports 2,240 customers with the right kinds, target and past campaigns', async () => {
      const answer = await uploadFile(t, token, IFOOD, '/api/datasets?name=iFood');
      expect(answer.status).toBe(202);
      const job = await waitForImport(t, token, answer.body.importId!);
      expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 2240, rowsRejected: 0 });
      expect(job.rowsSkippedEmpty).toBeGreaterThan(0);
      const dataset = (await getDataset(t, token, answer.body.datasetId!))!;
      expect(dataset).toMatchObject({ rowCount: 2240, targetColumn: 'Response', positiveLabel: '1', idColumn: 'ID' });
      expect(dataset.positiveRate).toBeCloseTo(334 / 2240, 6);
      const col = (name: string) => dataset.columns.find((c) => c.name === name)!;
      expect(col('ID').kind).toBe('IDENTIFIER');
      expect(col('Z_CostContact').kind).toBe('IGNORED');
      expect(col('Z_Revenue').kind).toBe('IGNORED');
      expect(col('Income')).toMatchObject({ kind: 'NUMERIC', missing: 24 });
      // Exact even past the importer's in-memory cap on distinct values (counted again in SQL).
      const incomes = new Set(
        readFileSync(IFOOD, 'utf8')
          .split(/\r?\n/)
          .slice(1)
          .map((l) => l.split(',')[4])
          .filter((v) => v !== undefined && v.trim() !== ''),
      );
      expect(col('Income').distinct).toBe(incomes.size);
      expect(col('Dt_Customer').kind).toBe('DATE');
      expect(col('Education').kind).toBe('CATEGORICAL');
      expect(col('MntWines').label).toBe('Amount spent on wines');
      const campaigns = Object.fromEntries(dataset.campaigns.map((c) => [c.column, c]));
      expect(Object.keys(campaigns).sort()).toEqual([
        'AcceptedCmp1',
        'AcceptedCmp2',
        'AcceptedCmp3',
        'AcceptedCmp4',
        'AcceptedCmp5',
        'Response',
      ]);
      expect(campaigns.Response).toMatchObject({ responded: 334, total: 2240 });
      // Independent recount of one past campaign from the file itself.
      const lines = readFileSync(IFOOD, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.replace(/,/g, '').trim() !== '');
      const header = lines[0].split(',');
      const idx = header.indexOf('AcceptedCmp5');
      const accepted = lines.slice(1).filter((l) => l.split(',')[idx] === '1').length;
      expect(campaigns.AcceptedCmp5).toMatchObject({ responded: accepted, total: 2240 });
    });
  });

  describe.skipIf(reasonIfMissing(BANK))('UCI bank marketing (bank-full)', () => {
    it('imports 45,211 rows with `y` at 11.7 %', async () => {
      const answer = await uploadFile(t, token, BANK, '/api/datasets?name=bank');
      expect(answer.status).toBe(202);
      const job = await waitForImport(t, token, answer.body.importId!);
      expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 45211 });
      const dataset = (await getDataset(t, token, answer.body.datasetId!))!;
      expect(dataset).toMatchObject({ rowCount: 45211, targetColumn: 'y', positiveLabel: 'yes' });
      expect(dataset.positiveRate!).toBeCloseTo(0.117, 3);
      const kinds = Object.fromEntries(dataset.columns.map((c) => [c.name, c.kind]));
      expect(kinds).toMatchObject({ age: 'NUMERIC', job: 'CATEGORICAL', default: 'BINARY', pdays: 'NUMERIC', y: 'BINARY' });
      expect(dataset.campaigns.map((c) => c.column)).toEqual(['poutcome', 'y']);
    });
  });
});
