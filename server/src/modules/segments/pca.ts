/**
 * A 2-D picture of the segments: PCA (ml-pca) of the scaled segmentation matrix on a
 * seeded sample small enough for the browser to draw.
 */
import { PCA } from 'ml-pca';
import { createRng, sampleIndices } from '../../common/random.js';
import { takeMatrixRows, toArrays, type DenseMatrix } from './dense-matrix.js';

export interface PcaPoint {
  x: number;
  y: number;
  /** Segment index, -1 for DBSCAN noise. */
  segment: number;
  /** Row of the customer in the dataset. */
  row: number;
}

export interface PcaProjection {
  points: PcaPoint[];
  /** Share of the variance each of the two axes explains. */
  explained: [number, number];
}

export function projectSegments(
  X: DenseMatrix,
  labels: Int32Array,
  options: { maxPoints?: number; randomState?: number } = {},
): PcaProjection {
  const maxPoints = options.maxPoints ?? 3000;
  if (X.rows < 2) throw new Error('A scatter plot needs at least two customers.');
  const rows =
    X.rows > maxPoints
      ? sampleIndices(createRng(options.randomState ?? 0), X.rows, maxPoints).sort()
      : Int32Array.from({ length: X.rows }, (_, i) => i);
  const S = takeMatrixRows(X, rows);
  const pca = new PCA(toArrays(S), { center: true, scale: false });
  const components = Math.min(2, X.cols);
  const projected = pca.predict(toArrays(S), { nComponents: components });
  const variance = pca.getExplainedVariance();
  const points = Array.from(rows, (row, i): PcaPoint => ({
    x: projected.get(i, 0),
    y: components > 1 ? projected.get(i, 1) : 0,
    segment: labels[row],
    row,
  }));
  return { points, explained: [variance[0] ?? 0, components > 1 ? (variance[1] ?? 0) : 0] };
}
