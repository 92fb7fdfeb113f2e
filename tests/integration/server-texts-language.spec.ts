/**
 * The server's own words in the reader's language, walked in Polish on each database: what the
 * importer says about a file (its outcome, rejected rows, renamed headers, a file it refuses, the
 * column notes), labels inferred from column names (translated) beside a typed one (as typed),
 * campaign labels, the audit trail and its CSV export, the roles table, the Activity page, and a
 * training that cannot run. Each text is compared with the Polish catalogue's, and the same job
 * read by an English reader keeps its English: the stored data is language-neutral.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { upload, waitForImport } from '../helpers/imports.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { message, type MessageParams } from '../../server/src/modules/phrasing/catalogue.js';
import type { MessageKey } from '../../server/src/modules/phrasing/messages-en.js';

const pl = (key: MessageKey, params: MessageParams = {}) => message(key, params, 'pl');
const en = (key: MessageKey, params: MessageParams = {}) => message(key, params, 'en');

/** iFood-style names (inferred labels), a repeated header, a row with too few values (line 6), a campaign column. */
const CSV = [
  'ID,MntWines,AcceptedCmp3,Education,Education,Response',
  ...Array.from({ length: 30 }, (_, i) =>
    i === 4 ? '5,104' : `${i + 1},${100 + i},${i % 3 === 0 ? 1 : 0},${i % 2 ? 'PhD' : 'Master'},x${i % 4},${i % 5 === 0 ? 1 : 0}`,
  ),
].join('\n');

interface Job {
  status: string;
  message: string | null;
  errors: { line: number | null; message: string }[];
  warnings: { message: string }[];
}
const JOB = 'query($id: ID!) { importJob(id: $id) { status message errors { line message } warnings { message } } }';

describeEachDatabase('server texts in Polish', (kind) => {
  let t: TestServer;
  let token: string;
  let datasetId: string;
  let importId: string;
  beforeAll(async () => {
    t = await startTestServer(kind);
    token = await t.login();
    await t.gql('mutation { updateMe(language: PL) { language } }', {}, token);
    const answer = await upload(t, token, CSV, '/api/datasets?name=j%C4%99zyki&onInvalid=skip');
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    datasetId = answer.body.datasetId!;
    importId = answer.body.importId!;
    expect((await waitForImport(t, token, importId)).status).toBe('SUCCEEDED');
  });
  afterAll(async () => {
    await t?.stop();
  });

  const job = async (id: string, auth = token) => (await t.gql<{ importJob: Job }>(JOB, { id }, auth)).data!.importJob;

  it('an import’s outcome, its rejected row and its renamed header read in Polish; the stored job stays language-neutral', async () => {
    const read = await job(importId);
    expect(read.message).toBe(pl('import.summary', { imported: 29, duplicates: 0, rejected: 1, empty: 0 }));
    expect(read.message).toBe('Zaimportowano 29 klientów; pominięto 1 wiersz z problemami.');
    expect(read.errors).toEqual([{ line: 6, message: pl('import.rowWidth', { line: 6, count: 2, width: 6 }) }]);
    expect(read.errors[0].message).toBe('Wiersz 6 ma 2 wartości, a nagłówek 6 kolumn.');
    expect(read.warnings.map((w) => w.message)).toEqual([
      pl('import.header.repeated', { name: 'Education', position: 5, renamed: 'Education_2' }),
    ]);
    // An English reader of the same job: the English texts.
    const english = await t.login();
    await t.gql('mutation { updateMe(language: EN) { language } }', {}, english);
    const asEnglish = await job(importId, english);
    expect(asEnglish.message).toBe('29 customers imported; 1 row with problems skipped.');
    expect(asEnglish.errors[0].message).toBe('Line 6 has 2 values but the header has 6 columns.');
    await t.gql('mutation { updateMe(language: PL) { language } }', {}, token);
  });

  it('a refused file says why in Polish', async () => {
    const binary = await upload(t, token, 'ID,Income\n1,\u000010\n', '/api/datasets?name=binarny');
    const failed = await waitForImport(t, token, binary.body.importId!);
    expect(failed.status).toBe('FAILED');
    const read = await job(binary.body.importId!);
    expect(read.message).toBe(pl('import.binary', { found: 'nul', at: 13 }));
    expect(read.message).toMatch(/^Ten plik nie wygląda na plik tekstowy CSV .* \(Znak NUL w pozycji 13\.\)$/);
    const badRows = await upload(t, token, 'ID,Income,Response\n1,10,1\n2\n3,12,0\n', '/api/datasets?name=odrzucony');
    await waitForImport(t, token, badRows.body.importId!);
    expect((await job(badRows.body.importId!)).message).toBe(pl('import.rowsRejected', { count: 1 }));
  });

  it('column notes and inferred labels in Polish; a typed label stays as typed; campaign labels too', async () => {
    const query = 'query($id: ID!) { dataset(id: $id) { columns { name label note } campaigns { column label } } }';
    type Data = {
      dataset: { columns: { name: string; label: string; note: string | null }[]; campaigns: { column: string; label: string }[] };
    };
    const read = async () => (await t.gql<Data>(query, { id: datasetId }, token)).data!.dataset;
    let dataset = await read();
    const column = (name: string) => dataset.columns.find((c) => c.name === name)!;
    expect(column('MntWines').label).toBe('Wydatki na wina');
    expect(column('AcceptedCmp3').label).toBe('Przyjęcie oferty kampanii 3');
    expect(dataset.campaigns.find((c) => c.column === 'AcceptedCmp3')!.label).toBe('Przyjęcie oferty kampanii 3');
    expect(column('Education_2').label).toBe('Education 2'); // a name the lexicon does not know: as inferred
    expect(column('AcceptedCmp3').note).toBe(pl('import.note.twoValues', { first: '0', second: '1' }));
    expect(column('MntWines').note).toBe(pl('import.note.number', { grouped: 'no' }));
    for (const c of dataset.columns) if (c.note) expect(c.note, c.name).not.toMatch(/\b(every|value|values|the|with)\b/i);
    await t.gql(
      'mutation($d: ID!) { updateColumn(datasetId: $d, name: "MntWines", input: { label: "Wine spend" }) { label } }',
      { d: datasetId },
      token,
    );
    dataset = await read();
    expect(column('MntWines').label).toBe('Wine spend');
  });

  it('the audit trail, its CSV export and the roles table in Polish', async () => {
    type Events = { auditEvents: { events: { action: string; actionLabel: string; details: string }[] } };
    const events = (await t.gql<Events>('{ auditEvents(limit: 50) { events { action actionLabel details } } }', {}, token)).data!
      .auditEvents.events;
    const imported = events.find((e) => e.action === 'IMPORT')!;
    expect(imported.actionLabel).toBe(pl('audit.action', { action: 'IMPORT' }));
    expect(imported.actionLabel).toBe('Zaimportowano plik');
    const edited = events.find((e) => e.action === 'EDIT_COLUMN')!;
    expect(edited.actionLabel).toBe('Zmieniono kolumnę');
    expect(edited.details).toMatch(/^kolumna: MntWines, etykieta: Wine spend/);
    const csv = await (await fetch(`${t.url}/api/audit.csv`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(csv.split('\r\n')[0]).toBe('czas,osoba,działanie,rodzaj obiektu,obiekt,id obiektu,szczegóły');
    expect(csv).toContain('Zaimportowano plik');
    type Roles = { rolePermissions: { key: string; label: string }[] };
    const roles = (await t.gql<Roles>('{ rolePermissions { key label } }', {}, token)).data!.rolePermissions;
    expect(roles.find((r) => r.key === 'train')!.label).toBe('Trenowanie i ponowne trenowanie modeli');
    for (const r of roles) expect(r.label).toBe(pl('permission.label', { permission: r.key }));
  });

  it('a training that cannot run and the Activity page say so in Polish', async () => {
    // Six responders of thirty: too few to train on.
    type Run = { trainModels: { id: string } };
    const run = (
      await t.gql<Run>(
        'mutation($d: ID!) { trainModels(datasetId: $d, algorithms: [LOGISTIC_REGRESSION]) { id } }',
        { d: datasetId },
        token,
      )
    ).data!.trainModels;
    let error: string | null = null;
    for (let i = 0; i < 600 && error === null; i++) {
      const read = await t.gql<{ trainingRun: { status: string; error: string | null } }>(
        'query($id: ID!) { trainingRun(id: $id) { status error } }',
        { id: run.id },
        token,
      );
      if (read.data!.trainingRun.status === 'FAILED') error = read.data!.trainingRun.error;
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(error).toBe(pl('error.training.classes', { min: 10, responded: 6, others: 23 }));
    type Activity = { activity: { id: string; kind: string; outcome: string | null }[] };
    const jobs = (await t.gql<Activity>('{ activity { id kind outcome } }', {}, token)).data!.activity;
    expect(jobs.find((j) => j.id === importId)!.outcome).toBe('Zaimportowano 29 klientów; pominięto 1 wiersz z problemami.');
    expect(jobs.find((j) => j.id === run.id)!.outcome).toBe(error);
    expect(en('error.training.classes', { min: 10, responded: 6, others: 23 })).toMatch(/^Training needs at least 10 customers/);
  });
});
