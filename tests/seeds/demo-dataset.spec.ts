import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_COLUMNS, demoCsvLine, generateDemoRows, writeDemoCsv, type DemoRow } from '../../seeds/demo-dataset.js';
import { NOISE_FEATURES, RECENCY_THRESHOLD, TRUE_DRIVERS, trueResponseProbability } from '../../seeds/ground-truth.js';

const rows = generateDemoRows(20_000, 7);
const rate = (subset: DemoRow[]) => subset.reduce((s, r) => s + r.Response, 0) / subset.length;

/** Pearson chi-square statistic of a level x Response contingency table, and its degrees of freedom. */
function chiSquare(values: (string | number)[], response: number[]): { statistic: number; df: number } {
  const levels = [...new Set(values)];
  const n = values.length;
  const positives = response.reduce((s, v) => s + v, 0);
  let statistic = 0;
  for (const level of levels) {
    let count = 0;
    let pos = 0;
    values.forEach((v, i) => {
      if (v === level) {
        count++;
        pos += response[i];
      }
    });
    const expectedPos = (count * positives) / n;
    const expectedNeg = count - expectedPos;
    statistic += (pos - expectedPos) ** 2 / expectedPos + (count - pos - expectedNeg) ** 2 / expectedNeg;
  }
  return { statistic, df: levels.length - 1 };
}
/** chi-square 0.1 % critical values by degrees of freedom. */
const CRITICAL_001: Record<number, number> = { 5: 20.52, 6: 22.46, 9: 27.88 };

describe('generateDemoRows', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoRows(300, 3)).toEqual(generateDemoRows(300, 3));
    expect(generateDemoRows(300, 4)).not.toEqual(generateDemoRows(300, 3));
  });

  it('returns the requested number of rows with unique identifiers', () => {
    expect(generateDemoRows(0)).toHaveLength(0);
    expect(generateDemoRows(1234, 2)).toHaveLength(1234);
    expect(new Set(rows.map((r) => r.ID)).size).toBe(rows.length);
    expect(() => generateDemoRows(-1)).toThrow(/whole number/);
  });

  it('produces realistic ranges and formats', () => {
    const educations = new Set(['Basic', '2n Cycle', 'Graduation', 'Master', 'PhD']);
    const date = /^(1[0-2]|[1-9])\/([1-9]|[12]\d|3[01])\/201[234]$/;
    // Collecting offenders (not one expect per row) keeps this fast and the failure readable.
    const offenders = rows.filter(
      (r) =>
        r.Year_Birth < 1940 ||
        r.Year_Birth > 1996 ||
        !educations.has(r.Education) ||
        r.Recency < 0 ||
        r.Recency > 99 ||
        !Number.isInteger(r.Recency) ||
        !date.test(r.Dt_Customer) ||
        r.Kidhome + r.Teenhome > 4 ||
        (r.Income !== null && r.Income <= 1000) ||
        r.MntWines < 0 ||
        r.MntMeatProducts < 0 ||
        r.NumWebPurchases < 0 ||
        r.NumWebVisitsMonth < 0 ||
        (r.Response !== 0 && r.Response !== 1),
    );
    expect(offenders.slice(0, 3)).toEqual([]);
    const blanks = rows.filter((r) => r.Income === null).length / rows.length;
    expect(blanks).toBeGreaterThan(0.003);
    expect(blanks).toBeLessThan(0.03);
  });

  it('has realistic correlations: income drives spend, kids reduce it', () => {
    const median = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1];
    const rich = rows.filter((r) => r.Income !== null && r.Income > 70_000);
    const poor = rows.filter((r) => r.Income !== null && r.Income < 35_000);
    expect(median(rich.map((r) => r.MntWines))).toBeGreaterThan(4 * median(poor.map((r) => r.MntWines)));
    const noKids = rows.filter((r) => r.Kidhome === 0);
    const kids = rows.filter((r) => r.Kidhome > 0);
    expect(median(noKids.map((r) => r.MntMeatProducts))).toBeGreaterThan(2 * median(kids.map((r) => r.MntMeatProducts)));
  });

  it('has a base rate around 15 %', () => {
    expect(rate(rows)).toBeGreaterThan(0.13);
    expect(rate(rows)).toBeLessThan(0.17);
  });

  it('responds far more often below the documented Recency threshold, as the true probabilities say', () => {
    const recent = rows.filter((r) => r.Recency < RECENCY_THRESHOLD);
    const older = rows.filter((r) => r.Recency >= RECENCY_THRESHOLD);
    const expected = (subset: DemoRow[]) => subset.reduce((s, r) => s + trueResponseProbability(r), 0) / subset.length;
    expect(rate(recent)).toBeGreaterThan(2.5 * rate(older));
    // Binomial standard errors are about 0.006 and 0.0025 here: 4 of them is a generous but still sharp band.
    expect(Math.abs(rate(recent) - expected(recent))).toBeLessThan(0.025);
    expect(Math.abs(rate(older) - expected(older))).toBeLessThan(0.01);
    // Right at the step: 25-29 vs 30-34 days.
    const justBelow = rows.filter((r) => r.Recency >= 25 && r.Recency < 30);
    const justAbove = rows.filter((r) => r.Recency >= 30 && r.Recency < 35);
    expect(rate(justBelow)).toBeGreaterThan(2 * rate(justAbove));
  });

  it('is calibrated to the true probability function across its range', () => {
    const sorted = rows.map((r) => ({ p: trueResponseProbability(r), y: r.Response })).sort((a, b) => a.p - b.p);
    const bins = 5;
    for (let b = 0; b < bins; b++) {
      const part = sorted.slice((b * sorted.length) / bins, ((b + 1) * sorted.length) / bins);
      const meanP = part.reduce((s, x) => s + x.p, 0) / part.length;
      const observed = part.reduce((s, x) => s + x.y, 0) / part.length;
      const se = Math.sqrt((meanP * (1 - meanP)) / part.length);
      expect(Math.abs(observed - meanP)).toBeLessThan(4 * se);
    }
  });

  it('names true drivers that are not noise, and noise features independent of Response', () => {
    const driverNames = TRUE_DRIVERS.map((d) => d.feature);
    for (const noise of NOISE_FEATURES) expect(driverNames).not.toContain(noise);
    const response = rows.map((r) => r.Response);
    for (const noise of NOISE_FEATURES) {
      const { statistic, df } = chiSquare(
        rows.map((r) => r[noise]),
        response,
      );
      expect(CRITICAL_001[df], `degrees of freedom for ${noise}`).toBeDefined();
      expect(statistic, `${noise} looks associated with Response`).toBeLessThan(CRITICAL_001[df]);
    }
    // The same test does see a real driver (sanity check of the test itself).
    const education = chiSquare(
      rows.map((r) => r.Education),
      response,
    );
    expect(education.statistic).toBeGreaterThan(50);
  });
});

describe('writeDemoCsv', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes a CSV that csv-parse reads back with the right header and the generated rows', async () => {
    dir = await mkdtemp(join(tmpdir(), 'demo-csv-'));
    const file = join(dir, 'demo.csv');
    await writeDemoCsv(file, { rows: 2500, seed: 5 });
    const text = await readFile(file, 'utf8');
    const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(records).toHaveLength(2500);
    expect(Object.keys(records[0])).toEqual([...DEMO_COLUMNS]);
    const expected = generateDemoRows(2500, 5);
    expect(text.split('\n')[1]).toBe(demoCsvLine(expected[0]));
    records.forEach((record, i) => {
      expect(Number(record.ID)).toBe(expected[i].ID);
      expect(record.Income).toBe(expected[i].Income === null ? '' : String(expected[i].Income));
      expect(Number(record.Response)).toBe(expected[i].Response);
    });
  });

  it('writes only the header for zero rows and rejects bad sizes', async () => {
    dir ||= await mkdtemp(join(tmpdir(), 'demo-csv-'));
    const file = join(dir, 'empty.csv');
    await writeDemoCsv(file, { rows: 0 });
    expect((await readFile(file, 'utf8')).trim()).toBe(DEMO_COLUMNS.join(','));
    await expect(writeDemoCsv(file, { rows: 1.5 })).rejects.toThrow(/whole number/);
  });

  it('fails with the file system error when the path cannot be written', async () => {
    await expect(writeDemoCsv('/nonexistent-dir/x/demo.csv', { rows: 10 })).rejects.toThrow(/ENOENT/);
  });
});
