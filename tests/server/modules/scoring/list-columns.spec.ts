import { describe, expect, it } from 'vitest';
import { matchListColumns } from '../../../../server/src/modules/scoring/list-columns.js';

const columns = [
  { name: 'ID', label: 'ID' },
  { name: 'Income', label: 'Yearly income' },
  { name: 'Recency', label: 'Days since last purchase' },
  { name: 'Education', label: 'Education' },
  { name: 'Response', label: 'Response' },
];
const required = new Set(['Income', 'Recency', 'Education']);
const roles = { target: 'Response', identifier: 'ID' };

describe('matchListColumns', () => {
  it('matches names in any order and letter case, keeps the identifier, ignores the target and unknown columns', () => {
    const match = matchListColumns(['recency', 'Note', 'EDUCATION', 'id', 'Income', 'response'], columns, required, roles);
    expect(match).toEqual({ ok: true, plan: { filePosition: [3, 4, 0, 2, -1], idPosition: 3, ignored: ['Note', 'response'] } });
  });

  it('matches a column by its label when its name is not there', () => {
    const match = matchListColumns(['Yearly income', 'Recency', 'Education'], columns, required, roles);
    expect(match.ok && match.plan.filePosition).toEqual([-1, 0, 1, 2, -1]);
    expect(match.ok && match.plan.idPosition).toBe(-1);
  });

  it('names every missing feature with its label, and only features', () => {
    const one = matchListColumns(['Recency', 'Education'], columns, required, roles);
    expect(one).toMatchObject({ ok: false, missing: ['Income'] });
    expect(!one.ok && one.message).toBe(
      'The list is missing a column the model needs: "Income" (Yearly income). Add it with the same name as in the dataset (in any order) and upload the list again. Nothing was scored.',
    );
    const two = matchListColumns(['Education'], columns, required, roles);
    expect(!two.ok && two.message).toMatch(
      /missing 2 columns the model needs: "Income" \(Yearly income\) and "Recency" \(Days since last purchase\)\./,
    );
  });

  it('takes a repeated column once and ignores the repeat', () => {
    const match = matchListColumns(['Income', 'Recency', 'Education', 'income_2'], columns, required, roles);
    expect(match.ok && match.plan.ignored).toEqual(['income_2']);
  });
});
