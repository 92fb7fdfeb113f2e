/**
 * Segment texts in the reader's language: a run keeps the figures its texts are written from
 * (textFacts, JSON as stored), and names, descriptions, briefs, each feature's difference,
 * why this k / these DBSCAN settings, warnings and the RFM grid's names are written from them
 * in English, Spanish, Polish and Russian. English from the stored figures is exactly what
 * the run wrote; the other languages leave no English behind and write numbers their way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDemoCsv } from '../../../../seeds/demo-dataset.js';
import { IFOOD, loadCsv, reasonIfMissing, type LoadedDataset } from '../../../helpers/datasets.js';
import { segmentDataset } from '../../../helpers/segment-words.js';
import type { Locale } from '../../../../server/src/modules/phrasing/locale.js';
import type { SegmentationResult } from '../../../../server/src/modules/segments/segment-customers.types.js';
import { renderSegmentTexts, reviveFacts, type SegmentTexts } from '../../../../server/src/modules/segments/segment-texts.js';
import { resultIn } from '../../../../server/src/modules/segments/segment-language.js';
import { toStored } from '../../../../server/src/modules/segments/segment-store.js';

const run = (data: LoadedDataset, algorithm: 'KMEANS' | 'RFM_SCORES' | 'DBSCAN') => segmentDataset(data, algorithm, 'EUR');

/** Every text of a rendering, one per line. */
function lines(t: SegmentTexts): string[] {
  return [
    t.choiceReason ?? '',
    ...t.warnings,
    ...t.leftOut.filter((x): x is string => x !== null),
    ...t.rfmGrid,
    ...t.segments.flatMap((s) => [s.name, s.description, ...s.brief.split('\n'), ...Object.values(s.differences).map((d) => d.text)]),
  ].filter(Boolean);
}

/** English words that would betray an untranslated text (the app's own words; labels come from the lexicons). */
const ENGLISH =
  /\b(the|customers?|spend|spent|purchases?|tone|offer|products?|channel|they|with|median|average|than|more|less|fewer|recent|lapsed|loyal|buyers|spenders|target|group|campaigns?|accepted|overall|bought|ago|and|of|in|on|higher|lower|segments?|outliers?|silhouette separates)\b/i;
const ALLOWED_IN_RU =
  /^(k|silhouette|eps|minPts|DBSCAN|RFM|R|F|M|k-means|means|EUR|PhD|Master|Graduation|Basic|2n|Cycle|Married|Together|Single|Divorced|Widow|Alone|Absurd|YOLO)$/;

function expectSpoken(t: SegmentTexts, locale: Exclude<Locale, 'en'>, what: string) {
  for (const line of lines(t)) {
    // Category levels are the file's own values and stay as typed (in quotes).
    const bare = line.replace(/“[^”]*”|«[^»]*»|„[^”]*”|"[^"]*"/g, '');
    const segmentOk = locale === 'pl' ? bare.replace(/\bsegment(y|ów|ach|u|em)?\b/gi, '') : bare;
    expect.soft(segmentOk, `${locale} ${what}: ${line}`).not.toMatch(ENGLISH);
    if (locale === 'ru') {
      const latin = bare.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
      expect(
        latin.filter((w) => !ALLOWED_IN_RU.test(w)),
        `${what}: ${line}`,
      ).toEqual([]);
    }
    // Decimal commas: "12,5 %", never "12.5%".
    expect.soft(line, `${locale} ${what}: ${line}`).not.toMatch(/\d\.\d+ ?%/);
  }
}

function checkRun(result: SegmentationResult, what: string) {
  const facts = reviveFacts(JSON.parse(JSON.stringify(result.textFacts)));
  const english = renderSegmentTexts(facts, 'en');
  // The stored figures write exactly the run's own English.
  expect(english.segments.map((s) => [s.name, s.description, s.brief])).toEqual(
    result.segments.map((s) => [s.name, s.description, s.brief]),
  );
  expect(english.choiceReason).toBe(result.choiceReason);
  expect(english.warnings).toEqual(result.warnings);
  const byLocale = {} as Record<Locale, SegmentTexts>;
  for (const locale of ['es', 'pl', 'ru'] as const) {
    const t = renderSegmentTexts(facts, locale);
    byLocale[locale] = t;
    expectSpoken(t, locale, what);
    expect(new Set(t.segments.map((s) => s.name)).size, `${locale} names stay unique`).toBe(t.segments.length);
    expect(t.segments.length).toBe(result.segments.length);
  }
  return byLocale;
}

describe('segment texts in four languages, from the stored figures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-segment-languages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'demo.csv');
  const loaded = writeDemoCsv(file).then(() => loadCsv(file, { target: 'Response' }));

  it.each(['RFM_SCORES', 'KMEANS', 'DBSCAN'] as const)('demo data, %s', async (algorithm) => {
    const result = run(await loaded, algorithm);
    const t = checkRun(result, `demo ${algorithm}`);
    if (algorithm === 'RFM_SCORES') {
      expect(t.es.segments.map((s) => s.name)).toContain('Campeones');
      expect(t.ru.rfmGrid).toContain('Чемпионы');
    }
    if (algorithm === 'KMEANS') expect(t.pl.choiceReason).toMatch(/^k = \d/);
  });

  it('the read path: a stored run answers in the reader’s language, English as stored, older runs as they were', async () => {
    const result = run(await loaded, 'KMEANS');
    const stored = JSON.parse(JSON.stringify(toStored(result, 2000, {})));
    const entity = { id: 'run-1', result: stored };
    expect(resultIn(entity, 'en')).toBe(stored);
    const es = resultIn(entity, 'es')!;
    expect(es.segments[0].description).toMatch(/^\d[\d.]* clientes? \(/);
    expect(es.segments[0].generatedBrief).toMatch(/^Tono: /);
    expect(es.segments[0].profile.find((p) => p.text)?.text).not.toBe(
      stored.segments[0].profile.find((p: { text?: string }) => p.text)?.text,
    );
    const pl = resultIn(entity, 'pl')!;
    expect(pl.segments[0].generatedBrief).toMatch(/^Ton: /);
    // An analyst's edited brief is theirs: it stays as typed in every language.
    const edited = {
      id: 'run-2',
      result: { ...stored, segments: stored.segments.map((s: object) => ({ ...s, editedBrief: 'Mi texto' })) },
    };
    expect(resultIn(edited, 'ru')!.segments[0].editedBrief).toBe('Mi texto');
    // A run stored before the figures were kept reads as it was written.
    const old = { id: 'run-3', result: { ...stored, textFacts: undefined } };
    expect(resultIn(old, 'ru')!.segments[0].name).toBe(stored.segments[0].name);
  });

  describe.skipIf(reasonIfMissing(IFOOD))('iFood', () => {
    const data = loadCsv(IFOOD, { target: 'Response' });
    it.each(['KMEANS', 'RFM_SCORES'] as const)('%s', (algorithm) => {
      const t = checkRun(run(data, algorithm), `iFood ${algorithm}`);
      if (process.env.PRINT_SEGMENT_TEXTS)
        for (const locale of ['es', 'pl', 'ru'] as const) console.log(`--- ${locale}\n${lines(t[locale]).join('\n')}`);
    });
  });
});
