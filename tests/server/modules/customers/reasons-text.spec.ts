import { describe, expect, it } from 'vitest';
import {
  formatPoints,
  phraseValue,
  reasonPoints,
  reasonsText,
  ReasonSentences,
  strongestFeatures,
  strongestReasonTexts,
  type ReasonColumn,
} from '../../../../server/src/modules/customers/reasons-text.js';
import { inferPhrasing, type PhrasingEvidence } from '../../../../server/src/modules/phrasing/phrasing.js';

const col = (name: string, label: string, kind: string, unit: string | null = null): ReasonColumn => ({
  name,
  label,
  kind,
  unit,
  phrasing: inferPhrasing({
    name,
    label,
    kind: kind as PhrasingEvidence['kind'],
    unit,
    min: unit === 'years' ? 1893 : 0,
    max: unit === 'years' ? 1996 : 99,
  }),
});
const RECENCY = col('Recency', 'Days since last purchase', 'NUMERIC', 'days');
const TEENS = col('Teenhome', 'Teenagers at home', 'NUMERIC', 'count');
const INCOME = col('Income', 'Yearly household income', 'NUMERIC', 'currency');
const BORN = col('Year_Birth', 'Year of birth', 'NUMERIC', 'years');
const EDUCATION = col('Education', 'Education', 'CATEGORICAL');
const COMPLAIN = col('Complain', 'Complained in the last 2 years', 'BINARY');
const SINCE = col('Dt_Customer', 'Customer since', 'DATE', 'date');

describe('phraseValue', () => {
  it('writes values as facts through the phrasing model, never raw names or NaN', () => {
    expect(phraseValue(RECENCY, '12')).toBe('Bought 12 days ago');
    expect(phraseValue(RECENCY, '1')).toBe('Bought 1 day ago');
    expect(phraseValue(TEENS, '2')).toBe('Has 2 teenagers at home');
    expect(phraseValue(INCOME, '58138', { currency: 'USD' })).toBe('Yearly household income ($58,138)');
    expect(phraseValue(BORN, '1957')).toBe('Born in 1957');
    expect(phraseValue(EDUCATION, 'PhD')).toBe('Education (PhD)');
    expect(phraseValue(COMPLAIN, '1')).toBe('Complained in the last 2 years');
    expect(phraseValue(COMPLAIN, 'no')).toBe('Did not complain in the last 2 years');
    expect(phraseValue(INCOME, null)).toBe('Yearly household income (unknown)');
  });

  it('dates read as dates', () => {
    const parseDay = () => Date.UTC(2012, 8, 4) / 86_400_000;
    expect(phraseValue(SINCE, '9/4/2012', { parseDay })).toBe('Customer since (4 September 2012)');
  });
});

describe('points', () => {
  it('are exact percentage points on the probability scale', () => {
    expect(reasonPoints('PROBABILITY', 0.4, 0.09)).toBeCloseTo(9, 12);
  });
  it('on log-odds, how far the chance would move without that reason alone', () => {
    // output 0 (50%); without a +1 reason the log-odds would be -1 (26.9%): 23.1 points.
    expect(reasonPoints('LOG_ODDS', 0, 1)).toBeCloseTo((0.5 - 1 / (1 + Math.exp(1))) * 100, 12);
  });
  it('read "about N points" with the right number', () => {
    expect(formatPoints(9.4)).toBe('about 9 points');
    expect(formatPoints(-4.2)).toBe('about 4 points');
    expect(formatPoints(1.2)).toBe('about 1 point');
    expect(formatPoints(0.3)).toBe('less than 1 point');
  });
});

describe('reasonsText', () => {
  const reasons = [
    { column: RECENCY, value: '12', contribution: 0.09 },
    { column: TEENS, value: '2', contribution: -0.04 },
    { column: INCOME, value: '58138', contribution: 0.05 },
    { column: EDUCATION, value: 'PhD', contribution: 0.02 },
    { column: COMPLAIN, value: '0', contribution: 0.001 },
    { column: BORN, value: '1957', contribution: 0 },
  ];

  it('gives the 3 strongest reasons for and the ones against, strongest first', () => {
    const text = reasonsText({ scale: 'PROBABILITY', baseValue: 0.15, output: 0.277, averageProbability: 0.15, reasons });
    expect(text).toBe(
      [
        'Predicted chance of responding: 27.7% (the average customer: 15.0%).',
        'Reasons for:',
        '- Bought 12 days ago: raises the chance by about 9 points.',
        '- Yearly household income (58,138): raises the chance by about 5 points.',
        '- Education (PhD): raises the chance by about 2 points.',
        'Reasons against:',
        '- Has 2 teenagers at home: lowers the chance by about 4 points.',
      ].join('\n'),
    );
  });

  it('says when nothing lowers the chance, and that log-odds points are approximate', () => {
    const text = reasonsText({
      scale: 'LOG_ODDS',
      baseValue: -1.7,
      output: 0.2,
      averageProbability: 0.18,
      reasons: reasons.filter((r) => r.contribution >= 0),
    });
    expect(text).toMatch(/^Predicted chance of responding: 55.0% \(the average customer: 18.0%\)\./);
    expect(text).toContain('Nothing lowers the chance below the average customer’s.');
    expect(text).toMatch(/Points are approximate/);
    expect(text).not.toMatch(/NaN|undefined|null/);
  });
});

describe('strongestFeatures and ReasonSentences (the reasons of scored lists)', () => {
  // Seeded values with many ties, zeros and a NaN: the one-pass selection must equal a full sort.
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rows = Array.from({ length: 300 }, () =>
    Float64Array.from({ length: 7 }, () => {
      const r = random();
      return r < 0.15 ? 0 : r < 0.17 ? Number.NaN : Math.round((random() - 0.5) * 20) / 100;
    }),
  );

  it('picks the same features in the same order as sorting by strength, ties in feature order', () => {
    for (const phi of rows) {
      const sorted = [...phi.keys()]
        .filter((j) => phi[j] !== 0 && Number.isFinite(phi[j]))
        .sort((a, b) => Math.abs(phi[b]) - Math.abs(phi[a]) || a - b);
      expect(strongestFeatures(phi)).toEqual(sorted.slice(0, 3));
      expect(strongestFeatures(phi, 5)).toEqual(sorted.slice(0, 5));
    }
  });

  it('words each row exactly as strongestReasonTexts, also when its store of sentences fills up', () => {
    const columns = [RECENCY, TEENS, INCOME, BORN, EDUCATION, COMPLAIN, SINCE];
    const values = ['12', '2', '58138', '1957', 'PhD', 'Yes', '2013-03-01'];
    const wording = { currency: 'USD', locale: 'pl' as const };
    const sentences = new ReasonSentences(columns, wording, 5);
    for (const [k, phi] of rows.entries()) {
      for (const scale of ['PROBABILITY', 'LOG_ODDS'] as const) {
        const result = { phi, output: scale === 'LOG_ODDS' ? -1 + (k % 5) : 0.3, scale };
        const value = (j: number) => (k % 4 === j % 4 ? null : values[j]);
        expect(sentences.strongest(result, value)).toEqual(strongestReasonTexts(result, value, columns, wording));
      }
    }
  });
});
