import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { demoCsvHeader, demoCsvLine, generateDemoRows } from '../../seeds/demo-dataset.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { upload, waitForImport } from '../helpers/imports.js';
import { runSegmentation } from '../helpers/segments.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

interface AuditView {
  action: string;
  actionLabel: string;
  actorEmail: string | null;
  objectType: string;
  objectId: string | null;
  objectLabel: string | null;
  details: string;
  at: string;
}
const AUDIT_FIELDS = 'action actionLabel actorEmail objectType objectId objectLabel details at';

describeEachDatabase('audit trail', (kind) => {
  let t: TestServer;
  let admin: string;
  let analyst: string;
  let importer: string;
  let viewer: string;
  let datasetId: string;

  const events = async (filter: Record<string, unknown> = {}) => {
    const res = await t.gql<{ auditEvents: { total: number; events: AuditView[] } }>(
      `query($f: AuditFilter) { auditEvents(filter: $f, limit: 500) { total events { ${AUDIT_FIELDS} } } }`,
      { f: filter },
      admin,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.auditEvents;
  };
  const gqlOk = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql<T>(query, variables, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };

  beforeAll(async () => {
    t = await startTestServer(kind);
    admin = await t.login();
    for (const role of ['ANALYST', 'IMPORTER', 'VIEWER']) {
      await gqlOk(
        'mutation($e: String!, $r: Role!) { createUser(email: $e, password: "violet-harbour-1987", role: $r) { id } }',
        { e: `${role.toLowerCase()}@test.local`, r: role },
        admin,
      );
    }
    analyst = await t.login('analyst@test.local', 'violet-harbour-1987');
    importer = await t.login('importer@test.local', 'violet-harbour-1987');
    viewer = await t.login('viewer@test.local', 'violet-harbour-1987');
  });
  afterAll(() => t?.stop());

  it('records who imported, appended, trained, activated, edited, segmented, exported, changed users and deleted, with the object', async () => {
    const rows = generateDemoRows(800, 7);
    const csv = (part: typeof rows) => [demoCsvHeader(), ...part.map(demoCsvLine)].join('\n') + '\n';
    const imported = await upload(t, importer, csv(rows.slice(0, 700)), '/api/datasets?name=Spring%20customers');
    expect(imported.status).toBe(202);
    datasetId = imported.body.datasetId!;
    expect((await waitForImport(t, importer, imported.body.importId!)).status).toBe('SUCCEEDED');
    const appended = await upload(t, importer, csv(rows.slice(700)), `/api/datasets/${datasetId}/imports`);
    expect((await waitForImport(t, importer, appended.body.importId!)).status).toBe('SUCCEEDED');

    const run = await waitForRun(t, importer, (await startTraining(t, importer, datasetId, ['LOGISTIC_REGRESSION'])).id);
    expect(run.status).toBe('SUCCEEDED');
    const modelId = run.models[0].id;
    await gqlOk('mutation($id: ID!) { activateModel(id: $id) { id } }', { id: modelId }, analyst);
    await gqlOk(
      'mutation($d: ID!) { updateColumn(datasetId: $d, name: "Income", input: { label: "Yearly income" }) { name } }',
      { d: datasetId },
      analyst,
    );
    await gqlOk(
      'mutation($d: ID!) { updateDatasetSettings(datasetId: $d, input: { costPerContact: 2 }) { id } }',
      { d: datasetId },
      analyst,
    );

    const audience = await fetch(`${t.url}/api/models/${modelId}/audience.csv?topN=3`, { headers: { authorization: `Bearer ${viewer}` } });
    expect(audience.status).toBe(200);
    await audience.text();

    const segmentation = await runSegmentation(t, analyst, datasetId);
    expect(segmentation.status).toBe('SUCCEEDED');
    await gqlOk(
      'mutation($s: ID!) { updateSegmentBrief(segmentationId: $s, index: 0, brief: "Call them first.") { index } }',
      { s: segmentation.id },
      analyst,
    );
    const members = await fetch(`${t.url}/api/segmentations/${segmentation.id}/members.csv`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(members.status).toBe(200);
    await members.text();

    const created = await gqlOk<{ createUserWithOneTimePassword: { user: { id: string } } }>(
      'mutation { createUserWithOneTimePassword(email: "temp@test.local", role: VIEWER) { user { id } } }',
      {},
      admin,
    );
    const tempId = created.createUserWithOneTimePassword.user.id;
    await gqlOk('mutation($id: ID!) { updateUser(id: $id, role: ANALYST) { id } }', { id: tempId }, admin);
    await gqlOk('mutation($id: ID!) { resetPassword(id: $id) { password } }', { id: tempId }, admin);

    const trail = (await events()).events;
    const find = (action: string) => trail.find((e) => e.action === action);
    expect(find('IMPORT')).toMatchObject({
      actorEmail: 'importer@test.local',
      objectType: 'dataset',
      objectId: datasetId,
      objectLabel: 'Spring customers',
    });
    expect(find('APPEND')).toMatchObject({ actorEmail: 'importer@test.local', objectId: datasetId, actionLabel: 'Appended customers' });
    expect(find('TRAIN')).toMatchObject({
      actorEmail: 'importer@test.local',
      objectId: datasetId,
      details: expect.stringContaining('algorithms: LOGISTIC_REGRESSION'),
    });
    expect(find('ACTIVATE_MODEL')).toMatchObject({
      actorEmail: 'analyst@test.local',
      objectType: 'model',
      objectId: modelId,
      objectLabel: 'Logistic regression v1',
    });
    expect(find('EDIT_COLUMN')).toMatchObject({ actorEmail: 'analyst@test.local', details: 'column: Income, label: Yearly income' });
    expect(find('EDIT_DATASET_SETTINGS')).toMatchObject({ details: 'cost per contact: 2' });
    expect(find('EXPORT_AUDIENCE')).toMatchObject({
      actorEmail: 'viewer@test.local',
      objectId: modelId,
      details: expect.stringMatching(/^top drivers: 3, rows: \d+$/),
    });
    expect(find('SEGMENT')).toMatchObject({ actorEmail: 'analyst@test.local', objectId: datasetId });
    expect(find('EDIT_BRIEF')).toMatchObject({
      objectType: 'segmentation',
      objectId: segmentation.id,
      details: 'segment: 1, generated text restored: no',
    });
    expect(find('EXPORT_MEMBERS')).toMatchObject({
      actorEmail: 'viewer@test.local',
      objectId: segmentation.id,
      objectLabel: 'Spring customers',
    });
    expect(find('CREATE_USER')).toMatchObject({
      actorEmail: 'admin@test.local',
      objectType: 'user',
      objectLabel: 'temp@test.local',
      details: 'role: VIEWER, one-time password: yes',
    });
    expect(find('UPDATE_USER')).toMatchObject({ objectId: tempId, details: 'role before: VIEWER, role: ANALYST' });
    expect(find('RESET_PASSWORD')).toMatchObject({ objectId: tempId });
    // Newest first.
    expect(trail.map((e) => e.at)).toEqual([...trail.map((e) => e.at)].sort().reverse());

    await gqlOk('mutation($id: ID!) { deleteDataset(id: $id) }', { id: datasetId }, admin);
    expect((await events({ action: 'DELETE_DATASET' })).events[0]).toMatchObject({ objectId: datasetId, objectLabel: 'Spring customers' });
  }, 300_000);

  it('filters by action, person, object and time', async () => {
    const users = (await gqlOk<{ users: { id: string; email: string }[] }>('{ users { id email } }', {}, admin)).users;
    const analystId = users.find((u) => u.email === 'analyst@test.local')!.id;
    const byAnalyst = await events({ actorId: analystId });
    expect(byAnalyst.total).toBeGreaterThanOrEqual(4);
    expect(byAnalyst.events.every((e) => e.actorEmail === 'analyst@test.local')).toBe(true);
    const imports = await events({ action: 'IMPORT', objectId: datasetId });
    expect(imports.total).toBe(1);
    expect((await events({ from: new Date(Date.now() + 60_000).toISOString() })).total).toBe(0);
    expect((await events({ to: '2000-01-01T00:00:00Z' })).total).toBe(0);
  });

  it('exports the filtered trail as CSV for administrators only', async () => {
    const res = await fetch(`${t.url}/api/audit.csv?action=CREATE_USER`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const records: string[][] = parse(await res.text());
    expect(records[0]).toEqual(['time', 'person', 'action', 'object type', 'object', 'object id', 'details']);
    expect(records.slice(1).map((r) => r[4])).toEqual([
      'temp@test.local',
      'viewer@test.local',
      'importer@test.local',
      'analyst@test.local',
    ]);
    expect(records.slice(1).every((r) => r[2] === 'Added a person')).toBe(true);
    const refused = await fetch(`${t.url}/api/audit.csv`, { headers: { authorization: `Bearer ${viewer}` } });
    expect(refused.status).toBe(403);
    expect((await fetch(`${t.url}/api/audit.csv?from=yesterday`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(400);
  });

  it('cannot be changed: the database refuses updates and deletes of the trail', async () => {
    const db = t.server.database.dataSource;
    await expect(db.query(`UPDATE audit_events SET actor_email = 'someone@else'`)).rejects.toThrow(/audit trail cannot be changed/);
    await expect(db.query('DELETE FROM audit_events')).rejects.toThrow(/audit trail cannot be changed/);
    expect((await events()).total).toBeGreaterThan(10);
  });
});
