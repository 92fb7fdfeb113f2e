import { describe, expect, it } from 'vitest';
import { explanationSampleNote, fitSampleNote } from '../../../client/src/utils/sampling-note';

const full = { trainRows: 1680, fitRows: 1680, testRows: 560, explainRows: 560, dependenceRows: 560 };
const big = { trainRows: 750_000, fitRows: 200_000, testRows: 250_000, explainRows: 20_000, dependenceRows: 1000 };

describe('sampling notes', () => {
  it('say nothing when every customer was used, or for models trained before samples were recorded', () => {
    expect(explanationSampleNote(full)).toBeNull();
    expect(explanationSampleNote(null)).toBeNull();
    expect(
      fitSampleNote([
        { label: 'Random forest', samples: full },
        { label: 'Old model', samples: null },
      ]),
    ).toBeNull();
  });

  it('say how big the explanation sample was', () => {
    expect(explanationSampleNote(big)).toBe(
      'Explained on a sample of 20,000 held-out customers (of 250,000, chosen at random with the same response rate); the curves average 1,000 of them.',
    );
  });

  it('say when every model learned from a sample', () => {
    expect(
      fitSampleNote([
        { label: 'Random forest', samples: big },
        { label: 'Logistic regression', samples: big },
      ]),
    ).toBe(
      'Every model learned from a sample of 200,000 of the 750,000 customers kept for training (chosen at random with the same response rate). Every model is tested on all held-out customers.',
    );
  });

  it('name the models that learned from a sample, and its size', () => {
    const unsampled = { ...big, fitRows: big.trainRows };
    expect(
      fitSampleNote([
        { label: 'Random forest', samples: big },
        { label: 'Gradient boosting', samples: big },
        { label: 'Logistic regression', samples: unsampled },
      ]),
    ).toBe(
      'Random forest and gradient boosting learned from a sample of 200,000 of the 750,000 customers kept for training (chosen at random with the same response rate); the others learned from all of them. Every model is tested on all held-out customers.',
    );
  });
});
