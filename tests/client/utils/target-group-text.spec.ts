import { describe, expect, it } from 'vitest';
import type { GroupFigures } from '../../../client/src/graphql/target-group-operations';
import { INCOME } from './group-conditions';
import {
  briefParagraphs,
  editedBrief,
  formatLift,
  inHundred,
  inSentence,
  plainBrief,
  shareOfBase,
  whoSentence,
} from '../../../client/src/utils/target-group-text';

const BRIEF =
  '**Who to contact next time.** Customers who have bought within the last 30 days.\n\n**How many.** 653 customers, 32.7% of the base.\n\n' +
  '**How sure we are.** A **bold** aside. These are associations in past data.';

describe('the written brief', () => {
  it('splits paragraphs into bold headings and bodies, without markup', () => {
    expect(briefParagraphs(BRIEF)).toEqual([
      { heading: 'Who to contact next time.', body: 'Customers who have bought within the last 30 days.' },
      { heading: 'How many.', body: '653 customers, 32.7% of the base.' },
      { heading: 'How sure we are.', body: 'A bold aside. These are associations in past data.' },
    ]);
  });

  it('keeps a paragraph without a heading and drops empty ones', () => {
    expect(briefParagraphs('Just text.\n\n\n\n  \n\n**Next.** More')).toEqual([
      { heading: null, body: 'Just text.' },
      { heading: 'Next.', body: 'More' },
    ]);
    expect(briefParagraphs('')).toEqual([]);
  });

  it('copies as plain text with the headings kept', () => {
    expect(plainBrief(BRIEF)).toBe(
      'Who to contact next time. Customers who have bought within the last 30 days.\n\nHow many. 653 customers, 32.7% of the base.\n\nHow sure we are. A bold aside. These are associations in past data.',
    );
  });
});

describe('wording helpers', () => {
  it('states rates in 100, rare ones in 1,000', () => {
    expect(inHundred(0.4511)).toBe('about 45 in 100');
    expect(inHundred(0.004)).toBe('about 4 in 1,000');
    expect(inHundred(0)).toBe('about 0 in 100');
  });

  it('writes shares as the server’s brief does', () => {
    expect(shareOfBase(0.2845)).toBe('28.5%');
    expect(shareOfBase(0.092)).toBe('9.2%');
    expect(shareOfBase(1)).toBe('100%');
    expect(shareOfBase(0.9995)).toBe('more than 99.9%');
  });

  it('drops a label’s capital mid-sentence, keeping acronyms', () => {
    expect(inSentence('Days since last purchase')).toBe('days since last purchase');
    expect(inSentence('RFM score')).toBe('RFM score');
    expect(inSentence('')).toBe('');
  });

  it('gives lifts one decimal, large ones too', () => {
    expect(formatLift(3.2105)).toBe('3.2');
    expect(formatLift(12.6)).toBe('12.6');
    expect(formatLift(Number.NaN)).toBe('—');
  });

  it('joins conditions into who the customers are', () => {
    expect(whoSentence([])).toBe('All customers.');
    expect(whoSentence([{ text: 'earn at least 60,000 a year' }])).toBe('Customers who earn at least 60,000 a year.');
    expect(whoSentence([{ text: 'a' }, { text: 'b' }, { text: 'c' }])).toBe('Customers who a, who b and who c.');
    // The server's clauses carry their own relative word.
    expect(
      whoSentence([
        { text: 'a', clause: 'who a' },
        { text: 'no teens', clause: 'with no teens' },
      ]),
    ).toBe('Customers who a and with no teens.');
  });
});

describe('the brief of an edited group', () => {
  const figures: GroupFigures = {
    conditions: [INCOME],
    who: 'Customers who earn at least 60,000 a year.',
    matchedCustomers: 569,
    responders: 164,
    share: 0.2845,
    responseRate: 164 / 569,
    baseRate: 0.1405,
    lift: 2.0514,
    holdout: { matchedCustomers: 139, responseRate: 0.3022, baseRate: 0.14, lift: 2.158 },
    meanPredicted: 0.279,
  };

  it('uses the recounted figures only', () => {
    const text = editedBrief(figures);
    expect(text).toContain('Who to contact next time. Customers who earn at least 60,000 a year.');
    expect(text).toContain('How many. 569 customers, 28.5% of the base.');
    expect(text).toContain(
      '164 of them responded to the last campaign: about 29 in 100, against 14 in 100 across all customers — 2.1 times the base rate.',
    );
    expect(text).toContain('On the 139 matching customers the model never saw in training: about 30 in 100 against 14 in 100 (2.2 times).');
    expect(text).not.toMatch(/NaN|undefined|null|\*\*/);
  });

  it('says so when nobody matches, and never writes "1 customers"', () => {
    const none = editedBrief({
      ...figures,
      matchedCustomers: 0,
      responders: 0,
      share: 0,
      responseRate: 0,
      lift: 0,
      holdout: { ...figures.holdout, matchedCustomers: 0 },
    });
    expect(none).toContain('0 customers, 0% of the base');
    expect(none).toContain('No customer matches all of these conditions.');
    expect(editedBrief({ ...figures, matchedCustomers: 1, responders: 1, share: 0.0005 })).toContain(
      '1 customer, less than 0.1% of the base',
    );
  });
});
