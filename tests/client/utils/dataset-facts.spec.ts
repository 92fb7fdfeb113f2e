import { describe, expect, it } from 'vitest';
import type { Column } from '../../../client/src/graphql/types';
import { datasetFacts, importsNewestFirst, latestImport } from '../../../client/src/utils/dataset-facts';

function column(name: string, patch: Partial<Column> = {}): Column {
  return {
    name,
    label: name,
    kind: 'NUMERIC',
    missing: 0,
    distinct: 10,
    position: 0,
    isTarget: false,
    isPastCampaign: false,
    knownAfterContact: false,
    actionable: false,
    unit: null,
    min: null,
    max: null,
    topLevels: [],
    examples: [],
    phrasing: { kind: 'NUMBER', one: null, other: null, verb: null, event: null, unit: null, yes: null, no: null, levels: null },
    note: null,
    region: null,
    ...patch,
  };
}

const imports = [
  { createdAt: '2025-03-01T09:00:00.000Z', status: 'SUCCEEDED' as const },
  { createdAt: '2025-03-09T12:00:00.000Z', status: 'FAILED' as const },
  { createdAt: '2025-02-01T09:00:00.000Z', status: 'SUCCEEDED' as const },
];

describe('imports ordering', () => {
  it('finds the newest import whatever the server order', () => {
    expect(latestImport(imports)?.status).toBe('FAILED');
    expect(latestImport([])).toBeNull();
    expect(importsNewestFirst(imports).map((job) => job.createdAt.slice(5, 10))).toEqual(['03-09', '03-01', '02-01']);
  });
});

describe('datasetFacts', () => {
  const now = new Date('2025-03-10T12:00:00.000Z');
  const dataset = {
    rowCount: 2240,
    targetColumn: 'Response',
    positiveLabel: '1',
    positiveRate: 334 / 2240,
    columns: [
      column('ID', { kind: 'IDENTIFIER' }),
      column('Income'),
      column('Education', { kind: 'CATEGORICAL' }),
      column('Z_CostContact', { kind: 'IGNORED' }),
      column('Response', { kind: 'BINARY', isTarget: true, label: 'Last campaign' }),
    ],
    imports,
  };

  it('sums up rows, columns, target, rate and the last import', () => {
    const facts = Object.fromEntries(datasetFacts(dataset, now).map((fact) => [fact.key, fact]));
    expect(facts.rows?.value).toBe('2,240');
    expect(facts.columns?.value).toBe('5');
    expect(facts.columns?.hint).toBe('2 usable to explain responses');
    expect(facts.target?.value).toBe('Last campaign');
    expect(facts['positive-rate']?.value).toBe('14.9%');
    expect(facts['positive-rate']?.hint).toBe('about 334 customers responded');
    expect(facts['last-import']?.value).toBe('yesterday');
    expect(facts['last-import']?.hint).toMatch(/^Failed · /);
  });

  it('says what is missing when there is no target or import', () => {
    const facts = Object.fromEntries(
      datasetFacts({ ...dataset, targetColumn: null, positiveLabel: null, positiveRate: null, imports: [] }, now).map((fact) => [
        fact.key,
        fact,
      ]),
    );
    expect(facts.target?.value).toBe('Not set');
    expect(facts['positive-rate']?.value).toBe('—');
    expect(facts['last-import']?.value).toBe('None');
  });
});
