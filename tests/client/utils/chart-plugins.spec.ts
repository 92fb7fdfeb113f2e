import { describe, expect, it } from 'vitest';
import { rugRects, shadeSpan, whiskerPixels } from '../../../client/src/utils/chart-plugins';

// A linear scale mapping 0..100 onto pixels 50..450.
const scale = { getPixelForValue: (value: number) => 50 + value * 4 };
const area = { left: 50, right: 450, top: 10, bottom: 210, width: 400, height: 200 };

describe('whiskerPixels', () => {
  it('spans value ± spread, whatever the sign of the spread', () => {
    expect(whiskerPixels(scale, 10, 2)).toEqual({ low: 82, high: 98 });
    expect(whiskerPixels(scale, 10, -2)).toEqual({ low: 82, high: 98 });
  });
});

describe('shadeSpan', () => {
  it('runs an open side to the edge of the plot and clamps to it', () => {
    expect(shadeSpan(scale, area, 25, null)).toEqual({ left: 150, right: 450 });
    expect(shadeSpan(scale, area, null, 25)).toEqual({ left: 50, right: 150 });
    expect(shadeSpan(scale, area, -20, 200)).toEqual({ left: 50, right: 450 });
  });
  it('accepts reversed edges and drops regions outside the plot', () => {
    expect(shadeSpan(scale, area, 30, 20)).toEqual({ left: 130, right: 170 });
    expect(shadeSpan(scale, area, 150, 200)).toBeNull();
  });
});

describe('rugRects', () => {
  it('scales bars to the fullest bin and stands them on the bottom of the plot', () => {
    const rects = rugRects(
      scale,
      area,
      [
        { from: 0, to: 10, count: 50 },
        { from: 10, to: 20, count: 25 },
        { from: 20, to: 30, count: 0 },
      ],
      0.2,
    );
    expect(rects).toHaveLength(2);
    expect(rects[0]).toEqual({ x: 50, y: 170, width: 39, height: 40 });
    expect(rects[1]).toEqual({ x: 90, y: 190, width: 39, height: 20 });
  });
  it('draws nothing without customers', () => {
    expect(rugRects(scale, area, [])).toEqual([]);
  });
});
