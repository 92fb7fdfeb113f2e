import { describe, expect, it } from 'vitest';
import { briefParagraphs, formatLift, inSentence, plainBrief } from '../../../client/src/utils/target-group-text';

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
});
