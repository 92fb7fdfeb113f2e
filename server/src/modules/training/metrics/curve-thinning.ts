/**
 * Curves sent to the browser are capped at a few hundred points: a 10,000-row test set
 * gives thousands of ROC steps, which a chart cannot show and GraphQL should not carry.
 */

export interface CurvePoint {
  x: number;
  y: number;
  /** The score threshold the point stands for; null where none applies (ROC's origin). */
  threshold: number | null;
}

/**
 * Drops points lying on the straight line between their neighbours (they add nothing
 * to a piecewise-linear curve; scikit-learn's `drop_intermediate`), then, if still too
 * many, keeps points spaced evenly along the curve's length. Spacing by arc length
 * rather than by index keeps steep and bending parts as detailed as flat ones, and the
 * first and last points always stay.
 */
export function thinCurve(points: CurvePoint[], maxPoints = 200): CurvePoint[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 3) throw new Error(`maxPoints must be an integer >= 3 (got ${maxPoints}).`);
  const kept = dropCollinear(points);
  if (kept.length <= maxPoints) return kept;
  let length = 0;
  for (let k = 1; k < kept.length; k++) length += distance(kept[k - 1], kept[k]);
  // maxPoints - 2 steps leave room for the last point, which is always kept.
  const step = length / (maxPoints - 2);
  const out = [kept[0]];
  let sinceLast = 0;
  for (let k = 1; k < kept.length - 1; k++) {
    sinceLast += distance(kept[k - 1], kept[k]);
    if (sinceLast >= step) {
      out.push(kept[k]);
      sinceLast = 0;
    }
  }
  out.push(kept[kept.length - 1]);
  return out;
}

function dropCollinear(points: CurvePoint[]): CurvePoint[] {
  if (points.length <= 2) return points.slice();
  const out = [points[0]];
  for (let k = 1; k < points.length - 1; k++) {
    const a = out[out.length - 1];
    const b = points[k];
    const c = points[k + 1];
    const cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    if (Math.abs(cross) > 1e-12) out.push(b);
  }
  out.push(points[points.length - 1]);
  return out;
}

function distance(a: CurvePoint, b: CurvePoint): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}
