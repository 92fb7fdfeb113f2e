import { describe, expect, it } from 'vitest';
import type { CustomerPageColumn } from '../../../client/src/graphql/customer-operations';
import {
  changedFeatures,
  contributionBars,
  contributionPoints,
  curveShape,
  whatIfControls,
  withEdits,
  yesNoOf,
} from '../../../client/src/utils/customer-explanation';

const column = (over: Partial<CustomerPageColumn>): CustomerPageColumn => ({
  name: 'x',
  label: 'X',
  kind: 'NUMERIC',
  unit: null,
  min: null,
  max: null,
  isTarget: false,
  actionable: false,
  topLevels: [],
  examples: [],
  ...over,
});

describe('contribution points', () => {
  it('are contribution x 100 on the probability scale', () => {
    expect(contributionPoints('PROBABILITY', 0.3, -0.04)).toBeCloseTo(-4, 12);
  });
  it('on log-odds, the move without that reason alone (as the server text counts them)', () => {
    expect(contributionPoints('LOG_ODDS', 0.5, 1)).toBeCloseTo((0.5 - 1 / (1 + Math.exp(1))) * 100, 10);
  });
  it('bars: strongest first, widths relative to the largest, at most `limit`', () => {
    const bars = contributionBars(
      'PROBABILITY',
      0.4,
      [
        { feature: 'a', label: 'A', value: '1', contribution: 0.02 },
        { feature: 'b', label: 'B', value: null, contribution: -0.08 },
        { feature: 'c', label: 'C', value: 'x', contribution: 0.04 },
      ],
      2,
    );
    expect(bars.map((b) => b.feature)).toEqual(['b', 'c']);
    expect(bars[0].width).toBe(1);
    expect(bars[1].width).toBeCloseTo(0.5, 12);
    expect(bars[0].points).toBeCloseTo(-8, 12);
  });
});

describe('what-if controls', () => {
  it('numbers slide within the seen range; levels are picked; target, identifier and ignored columns are left out', () => {
    const controls = whatIfControls([
      column({ name: 'Recency', label: 'Days since last purchase', min: 0, max: 99 }),
      column({ name: 'Income', label: 'Income', min: 1730.5, max: 666666.5 }),
      column({
        name: 'Education',
        label: 'Education',
        kind: 'CATEGORICAL',
        topLevels: [
          { value: 'PhD', count: 3 },
          { value: 'Master', count: 2 },
        ],
      }),
      column({ name: 'ID', kind: 'IDENTIFIER' }),
      column({ name: 'Response', kind: 'BINARY', isTarget: true, topLevels: [{ value: '1', count: 1 }] }),
      column({ name: 'Z', kind: 'IGNORED' }),
      column({ name: 'Dt', kind: 'DATE' }),
    ]);
    expect(controls.map((c) => c.feature)).toEqual(['Recency', 'Income', 'Education', 'Dt']);
    expect(controls[0]).toMatchObject({ kind: 'slider', min: 0, max: 99, step: 1 });
    expect(controls[1]).toMatchObject({ kind: 'slider', min: 1730.5, max: 666666.5 });
    expect(controls[2]).toEqual({ feature: 'Education', label: 'Education', kind: 'levels', levels: ['PhD', 'Master'], yesNo: false });
    expect(controls[3].kind).toBe('text');
  });

  it('applies edits (empty = missing) and lists only real changes', () => {
    const stored = [
      { feature: 'Recency', value: '12' },
      { feature: 'Education', value: 'PhD' },
      { feature: 'Income', value: '5000' },
    ];
    const edits = { Recency: '30', Education: 'PhD', Income: '' };
    expect(withEdits(stored, edits)).toEqual([
      { feature: 'Recency', value: '30' },
      { feature: 'Education', value: 'PhD' },
      { feature: 'Income', value: null },
    ]);
    expect(changedFeatures(stored, edits)).toEqual(['Recency', 'Income']);
  });
});

describe('curveShape', () => {
  const points = [
    { value: '0', numericValue: 0, probability: 0.4 },
    { value: '50', numericValue: 50, probability: 0.2 },
    { value: '100', numericValue: 100, probability: 0.1 },
  ];

  it('numbers: a line over the box, the current value marked on it by interpolation', () => {
    const shape = curveShape(points, '25', 100, 40);
    expect(shape.line).toBe('0.00,0.00 50.00,20.00 100.00,30.00');
    expect(shape.marker!.x).toBeCloseTo(25, 12);
    expect(shape.marker!.y).toBeCloseTo(10, 12); // probability 0.3 of the top 0.4
  });

  it('a missing current value has no marker; values outside the curve sit at its end', () => {
    expect(curveShape(points, null).marker).toBeNull();
    expect(curveShape(points, '250', 100, 40).marker!.x).toBe(100);
  });

  it('levels: bars with the current level flagged', () => {
    const shape = curveShape(
      [
        { value: 'PhD', numericValue: null, probability: 0.3 },
        { value: 'Basic', numericValue: null, probability: 0.1 },
      ],
      'Basic',
    );
    expect(shape.line).toBeNull();
    expect(shape.bars).toEqual([
      { value: 'PhD', probability: 0.3, current: false },
      { value: 'Basic', probability: 0.1, current: true },
    ]);
  });
});

describe('yes/no levels', () => {
  it('reads the usual yes and no tokens as answers, anything else as null', () => {
    expect(['1', 'yes', 'True'].map(yesNoOf)).toEqual(['yes', 'yes', 'yes']);
    expect(['0', 'no', 'false'].map(yesNoOf)).toEqual(['no', 'no', 'no']);
    expect(yesNoOf('PhD')).toBeNull();
  });
});
