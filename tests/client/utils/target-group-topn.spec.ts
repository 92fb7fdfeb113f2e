import { describe, expect, it } from 'vitest';
import { sameGroupNote, suggestionNote } from '../../../client/src/utils/target-group-topn';

const facts = {
  topN: 7,
  found: true,
  sameGroupFrom: 5,
  sameGroupTo: 10,
  suggestedTopN: 5,
  qualityByTopN: [0.1, 0.12, 0.13, 0.13, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2],
};

describe('top-N words', () => {
  it('says when several N describe the same group', () => {
    expect(sameGroupNote(facts)).toBe('5 to 10 drivers describe the same group: the extra drivers found no better one.');
    expect(sameGroupNote({ ...facts, topN: 5 })).toBe('5 to 10 drivers describe the same group: more drivers find no better one.');
    expect(sameGroupNote({ ...facts, sameGroupFrom: 3, sameGroupTo: 3, topN: 3 })).toBeNull();
  });

  it('explains the suggested N', () => {
    expect(suggestionNote(facts)).toBe(
      'Suggested: 5 drivers, the fewest whose group scores within 5% of the best group found with up to 10 drivers.',
    );
    expect(suggestionNote({ ...facts, suggestedTopN: 1, qualityByTopN: [0, 0] })).toBe(
      'Suggested: 1 driver. No number of drivers up to 2 finds a group that responds better than average.',
    );
  });
});
