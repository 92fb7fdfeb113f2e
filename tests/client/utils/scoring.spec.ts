import { afterEach, describe, expect, it } from 'vitest';
import type { GainPoint } from '../../../client/src/graphql/scoring-operations';
import { setLocale } from '../../../client/src/i18n';
import { parseScoringAnswer } from '../../../client/src/utils/errors';
import {
  gainsCurve,
  listProfit,
  scoresFileName,
  scoresUrl,
  scoringProgress,
  scoringWarnings,
  topText,
} from '../../../client/src/utils/scoring';

/** A list of 1,000 customers whose chances fall from 0.5 to 0: the top k % holds 10·k customers. */
function gains(): GainPoint[] {
  const chances = Array.from({ length: 1000 }, (_, i) => 0.5 * (1 - i / 1000));
  const points: GainPoint[] = [];
  for (let percent = 0; percent <= 100; percent++) {
    const customers = percent * 10;
    points.push({ percent, customers, expectedResponders: chances.slice(0, customers).reduce((a, b) => a + b, 0) });
  }
  return points;
}

afterEach(() => setLocale('en'));

describe('scoringProgress', () => {
  const base = { bytesSent: 0, bytesTotal: 0, scoring: null };
  type Job = Parameters<typeof scoringProgress>[0]['scoring'];
  /** The bar once the file is sent and the job reports `job`. */
  const after = (stage: 'scoring' | 'succeeded', job: Job) => scoringProgress({ ...base, stage, scoring: job });
  it('sends the file in the first fifth of the bar, then follows the job', () => {
    const sending = scoringProgress({ ...base, stage: 'sending', bytesSent: 512, bytesTotal: 1024 });
    expect(sending.fraction).toBeCloseTo(0.1);
    expect(sending.label).toBe('Sending the file… 50%');
    expect(sending.detail).toBe('512 B of 1.0 KB');
    const queued = after('scoring', { status: 'QUEUED', phase: 'UPLOADED', progress: 0, rowsScored: 0 });
    expect(queued).toEqual({ fraction: 0.2, label: 'File received, waiting to start…', detail: '' });
    const scoring = after('scoring', { status: 'RUNNING', phase: 'SCORING', progress: 0.55, rowsScored: 12_000 });
    expect(scoring.fraction).toBeCloseTo(0.2 + 0.8 * 0.55);
    expect(scoring.label).toBe('Scoring each customer, with reasons…');
    expect(scoring.detail).toBe('12,000 customers scored');
    // A job at 100 % that has not said SUCCEEDED yet never shows a full bar.
    const late = after('scoring', { status: 'RUNNING', phase: 'SCORING', progress: 1, rowsScored: 5 });
    expect(late.fraction).toBeLessThan(1);
    const done = after('succeeded', { status: 'SUCCEEDED', phase: 'DONE', progress: 1, rowsScored: 1 });
    expect(done).toEqual({ fraction: 1, label: 'List scored', detail: '1 customer' });
  });

  it('speaks the active language, counts with its plural forms', () => {
    setLocale('ru');
    const p = (rowsScored: number) => after('scoring', { status: 'RUNNING', phase: 'SCORING', progress: 0.5, rowsScored }).detail;
    expect(p(1)).toBe('1 клиент оценён');
    expect(p(3)).toBe('3 клиента оценены');
    expect(p(25_000)).toBe('25\u00a0000 клиентов оценены');
  });
});

describe('scoringWarnings', () => {
  it('says which columns were not used, which values were treated as unknown or rare, and how many rows were left out', () => {
    const warnings = scoringWarnings({
      ignoredColumns: ['Response', 'Notes'],
      replacedValues: [
        { column: 'Income', label: 'Yearly income', wrongKind: 3, unseen: 0, examples: ['n/a', 'lots'] },
        { column: 'Education', label: 'Education', wrongKind: 0, unseen: 1, examples: ['Doctorate'] },
      ],
      rowsRejected: 1,
    });
    expect(warnings.map((w) => w.text)).toEqual([
      'These columns of the file were not used: “Response” and “Notes”.',
      'Yearly income: 3 values did not fit the column and were treated as unknown. For example: “n/a” and “lots”.',
      'Education: 1 value is a category the model never saw and was treated as a rare one. For example: “Doctorate”.',
      '1 row could not be read at all and was left out.',
    ]);
  });

  it('says nothing about a clean list', () => {
    expect(scoringWarnings({ ignoredColumns: [], replacedValues: [], rowsRejected: 0 })).toEqual([]);
  });

  it('uses Polish plural forms and list words', () => {
    setLocale('pl');
    const [ignored, wrong] = scoringWarnings({
      ignoredColumns: ['A', 'B', 'C'],
      replacedValues: [{ column: 'x', label: 'Dochód', wrongKind: 5, unseen: 0, examples: [] }],
      rowsRejected: 0,
    });
    expect(ignored.text).toBe('Te kolumny pliku nie zostały użyte: “A”, “B” i “C”.');
    expect(wrong.text).toBe('Dochód: 5 wartości nie pasowało do kolumny i potraktowano je jako nieznane.');
  });
});

describe('what contacting the top k % is worth', () => {
  it('turns the gains into the Target group page’s curve (k = 1..100)', () => {
    const curve = gainsCurve(gains());
    expect(curve).toHaveLength(100);
    expect(curve[0]).toMatchObject({ k: 1, contacted: 10 });
    expect(curve[99]).toMatchObject({ k: 100, contacted: 1000 });
  });

  it('prices the chosen k, finds the most profitable k and everyone', () => {
    // A contact costs 0.2, a response is worth 1: worth contacting while the chance is over 0.2 (the first 600 customers).
    const profit = listProfit(gains(), { costPerContact: 0.2, valuePerResponse: 1 }, 10)!;
    expect(profit.chosen.k).toBe(10);
    expect(profit.chosen.contacted).toBe(100);
    expect(profit.chosen.responders).toBeCloseTo(gains()[10].expectedResponders);
    expect(profit.chosen.cost).toBeCloseTo(20);
    expect(profit.chosen.profit).toBeCloseTo(profit.chosen.revenue - 20);
    expect(profit.best?.k).toBe(60);
    expect(profit.everyone.contacted).toBe(1000);
    expect(profit.everyone.profit).toBeLessThan(profit.best!.profit);
    expect(profit.curve.find((p) => p.k === 60)!.profit).toBeCloseTo(profit.best!.profit);
  });

  it('has no best k when no part of the list pays, and nothing for an empty curve', () => {
    expect(listProfit(gains(), { costPerContact: 1, valuePerResponse: 1 }, 10)!.best).toBeNull();
    expect(listProfit([], { costPerContact: 1, valuePerResponse: 1 }, 10)).toBeNull();
  });

  it('names the top k % in each language', () => {
    expect(topText(10)).toBe('top 10%');
    setLocale('es');
    expect(topText(10)).toBe('el 10\u00a0% mejor');
  });
});

describe('the download', () => {
  it('asks for the top k % (the server’s ?top=k beside the contract’s route), the whole list at 100 %', () => {
    expect(scoresUrl('a b', 10)).toBe('/api/scorings/a%20b/scores.csv?top=10');
    expect(scoresUrl('id', 100)).toBe('/api/scorings/id/scores.csv');
    expect(scoresFileName('next campaign.csv', 10)).toBe('next-campaign-scored-top-10-percent.csv');
    expect(scoresFileName(null, 100)).toBe('list-scored.csv');
  });

  it('reads the upload’s answer: the id to poll, or the server’s sentence', () => {
    expect(parseScoringAnswer(202, '{"scoringId":"s1"}')).toEqual({ ok: true, scoringId: 's1' });
    expect(parseScoringAnswer(400, '{"error":{"code":"BAD_INPUT","message":"The list is missing a column."}}')).toEqual({
      ok: false,
      status: 400,
      code: 'BAD_INPUT',
      message: 'The list is missing a column.',
    });
    expect(parseScoringAnswer(202, '<html>')).toMatchObject({ ok: false, code: 'BAD_RESPONSE' });
    expect(parseScoringAnswer(413, '')).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' });
  });
});
