import { describe, expect, it } from 'vitest';
import { strongestReasons } from '../../../../server/src/modules/scoring/list-reasons.js';

const context = {
  columns: [
    { name: 'Recency', label: 'Days since last purchase', kind: 'NUMERIC', unit: 'days' },
    { name: 'Income', label: 'Yearly income', kind: 'NUMERIC', unit: null },
    { name: 'Education', label: 'Education', kind: 'CATEGORICAL', unit: null },
    { name: 'Complain', label: 'Complained', kind: 'BINARY', unit: null },
  ],
};
const values = ['12', '58138', null, '1'];

type Scale = Parameters<typeof strongestReasons>[0]['scale'];
/** The reasons for the customer above, given each feature's contribution `phi` and the model's output. */
const reasonsOf = (phi: number[], output: number, scale: Scale = 'PROBABILITY', options: { locale?: 'pl'; currency?: string } = {}) =>
  strongestReasons({ phi: Float64Array.from(phi), output, scale }, (j) => values[j], { ...context, ...options });

describe('strongestReasons', () => {
  it('writes in the reader’s language with the dataset’s currency', () => {
    const [first, second] = reasonsOf([0.09, -0.06, 0, 0], 0.3, 'PROBABILITY', { locale: 'pl', currency: 'PLN' });
    expect(first).toBe('Ostatni zakup 12 dni temu: podnosi szansę o około 9 punktów');
    expect(second).toMatch(/^Yearly income \(58\s138\s?zł\): obniża szansę o około 6 punktów$/);
  });

  it('gives the three strongest reasons either way, in words, with points on the probability scale', () => {
    const reasons = reasonsOf([0.09, -0.004, 0.02, -0.05], 0.3);
    expect(reasons).toEqual([
      'Bought 12 days ago: raises the chance by about 9 points',
      'Complained: lowers the chance by about 5 points',
      'Education (unknown): raises the chance by about 2 points',
    ]);
  });

  it('leaves the rest empty when fewer features count, and orders equal reasons by the model’s feature order', () => {
    const reasons = reasonsOf([0, 0.01, 0, -0.01], 0.2);
    expect(reasons).toEqual([
      'Yearly income (58,138): raises the chance by about 1 point',
      'Complained: lowers the chance by about 1 point',
      '',
    ]);
  });

  it('uses how far the chance would move without the reason on the log-odds scale', () => {
    const [first] = reasonsOf([1, 0, 0, 0], 0, 'LOG_ODDS');
    // sigmoid(0) - sigmoid(-1) = 0.231
    expect(first).toBe('Bought 12 days ago: raises the chance by about 23 points');
  });
});
