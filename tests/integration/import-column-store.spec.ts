/**
 * The importer builds the dataset version's column store while it loads (issue 13): right
 * after an import, and after an append of new customers, the store is already built (in
 * memory and on disk) and equals the store parsed from the stored text rows. An append that
 * merged duplicates leaves it to be parsed from the rows, as before.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ColumnStoreService } from '../../server/src/modules/datasets/column-store/column-store.service.js';
import { columnOf, textValues, type ColumnStore } from '../../server/src/modules/datasets/column-store/column-store.js';
import { DatasetEntity } from '../../server/src/modules/datasets/dataset.entity.js';
import { columnSpecs } from '../../server/src/modules/training/dataset-rows.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { upload, waitForImport } from '../helpers/imports.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';

const header = 'CustomerID,Income,Education,Joined,Loan,Response';
const first = [
  'c1,58138,Graduation,04/09/2012,yes,1',
  'c2,,PhD,08/03/2014,no,0',
  'c3,71613,,,,1',
  'c4,26646,Master,10/02/2014,yes,0',
  'c5,1000,Graduation,21/08/2013,no,0',
  'c6,52000,Basic,01/01/2015,yes,1',
];
const appended = ['c7,44000,2n Cycle,02/02/2015,no,1', 'c8,39000,Basic,,yes,0'];

describeEachDatabase('import builds the column store', (kind) => {
  let t: TestServer, token: string;
  beforeAll(async () => ({ t, token } = await signedInTestServer(kind)));
  afterAll(() => t?.stop());

  const dataSource = () => t.server.database.dataSource;
  const dataset = async (id: string) => dataSource().getRepository(DatasetEntity).findOneByOrFail({ id });
  /** The store the importer saved for the dataset's current version, or null; and the one parsed from its rows. */
  const stores = async (id: string): Promise<{ built: ColumnStore | null; parsed: ColumnStore }> => {
    const now = await dataset(id);
    const { specs } = await columnSpecs(dataSource(), now);
    const built = await ColumnStoreService.for(dataSource()).built(now, specs);
    const parsed = await new ColumnStoreService(dataSource(), null).load(now, specs);
    return { built, parsed };
  };
  const texts = (store: ColumnStore) =>
    Object.fromEntries(store.columns.map((c) => [c.name, textValues(columnOf(store, c.name), undefined)]));

  let datasetId: string;
  it('saves the new dataset’s store while importing, equal to the one parsed from its rows', async () => {
    const res = await upload(t, token, [header, ...first].join('\n'), '/api/datasets?name=Store');
    datasetId = res.body.datasetId!;
    expect((await waitForImport(t, token, res.body.importId!)).status).toBe('SUCCEEDED');
    const { built, parsed } = await stores(datasetId);
    expect(built).not.toBeNull();
    expect(built!.rowCount).toBe(6);
    expect(Array.from(built!.rowNumbers)).toEqual(Array.from(parsed.rowNumbers));
    expect(texts(built!)).toEqual(texts(parsed));
    expect(textValues(columnOf(built!, 'Joined'))).toEqual(['2012-09-04', '2014-03-08', null, '2014-02-10', '2013-08-21', '2015-01-01']);
  });

  it('extends the store with appended customers (new levels re-coded)', async () => {
    const res = await upload(t, token, [header, ...appended].join('\n'), `/api/datasets/${datasetId}/imports`);
    expect((await waitForImport(t, token, res.body.importId!)).status).toBe('SUCCEEDED');
    const { built, parsed } = await stores(datasetId);
    expect(built).not.toBeNull();
    expect(built!.rowCount).toBe(8);
    expect(Array.from(built!.rowNumbers)).toEqual(Array.from(parsed.rowNumbers));
    expect(texts(built!)).toEqual(texts(parsed));
    expect(textValues(columnOf(built!, 'Education'))).toContain('2n Cycle');
  });

  it('leaves the store to be parsed from the rows when duplicates were merged', async () => {
    const res = await upload(t, token, [header, 'c1,1,PhD,,no,0', 'c9,2,PhD,,no,1'].join('\n'), `/api/datasets/${datasetId}/imports`);
    const job = await waitForImport(t, token, res.body.importId!);
    expect(job.status).toBe('SUCCEEDED');
    expect(job.rowsDuplicate).toBe(1);
    const { built, parsed } = await stores(datasetId);
    expect(built).toBeNull();
    expect(parsed.rowCount).toBe(9);
    expect(textValues(columnOf(parsed, 'CustomerID'))).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']);
  });
});
