/**
 * Damped Newton (IRLS) for L2-regularised, sample-weighted binary logistic regression:
 *
 *   minimise  f(w, b) = sum_i s_i [log(1 + e^{eta_i}) - y_i eta_i] + (lambda / 2) |w|^2,
 *   eta_i = x_i . w + b   (the intercept b is not penalised, as in scikit-learn)
 *
 * which is scikit-learn's LogisticRegression objective with lambda = 1 / C. With p ~ 50-100
 * encoded columns the (p+1) x (p+1) Hessian costs n * p^2 / 2 multiply-adds to build and a
 * negligible Cholesky solve, and Newton needs ~5-10 iterations from zero to machine
 * precision, where first-order methods need hundreds of passes. Rows are held sparse
 * (one-hot columns are mostly zeros), which roughly halves the work on bank-full.
 * A backtracking (Armijo) line search keeps every step a descent step.
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import type { EncodedMatrix } from '../pipeline/fit-pipeline.js';

export interface NewtonOptions {
  /** L2 strength, 1 / C; must be > 0 so the problem has a unique, finite solution. */
  lambda: number;
  maxIter: number;
  /** Converged when max |gradient| / sum(sampleWeight) <= tol. */
  tol: number;
  onIteration?: (info: NewtonIteration) => void;
}

export interface NewtonIteration {
  iteration: number;
  /** Objective per unit of sample weight (a mean weighted log loss plus the penalty share). */
  loss: number;
  gradientNorm: number;
}

export interface NewtonResult {
  coefficients: Float64Array;
  intercept: number;
  iterations: number;
  converged: boolean;
  loss: number;
  /** max |gradient| / sum(sampleWeight) at the solution. */
  gradientNorm: number;
}

/** Row-compressed copy of a dense matrix: only non-zeros are visited. */
interface SparseRows {
  start: Int32Array;
  column: Int32Array;
  value: Float64Array;
}

export function fitNewton(x: EncodedMatrix, y: ArrayLike<number>, sampleWeight: Float64Array, options: NewtonOptions): NewtonResult {
  const { rows: n, cols: p } = x;
  const d = p + 1; // the intercept is parameter p
  const sparse = toSparseRows(x);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += sampleWeight[i];

  let beta = new Float64Array(d);
  const eta = new Float64Array(n);
  let loss = objective(sparse, y, sampleWeight, beta, options.lambda, eta);
  let iterations = 0;
  let converged = false;
  let gradientNorm = Infinity;
  while (true) {
    const { gradient, hessian } = derivatives(sparse, y, sampleWeight, beta, eta, options.lambda, p);
    gradientNorm = maxAbs(gradient) / totalWeight;
    options.onIteration?.({ iteration: iterations, loss: loss / totalWeight, gradientNorm });
    if (gradientNorm <= options.tol) {
      converged = true;
      break;
    }
    if (iterations >= options.maxIter) break;
    const step = solveSymmetric(hessian, gradient, d);
    let slope = 0; // directional derivative along -step (negative for a descent direction)
    for (let j = 0; j < d; j++) slope -= gradient[j] * step[j];
    let t = 1;
    let accepted = false;
    const candidate = new Float64Array(d);
    const candidateEta = new Float64Array(n);
    for (let halvings = 0; halvings < 40; halvings++) {
      for (let j = 0; j < d; j++) candidate[j] = beta[j] - t * step[j];
      const candidateLoss = objective(sparse, y, sampleWeight, candidate, options.lambda, candidateEta);
      if (candidateLoss <= loss + 1e-4 * t * slope) {
        beta = candidate;
        eta.set(candidateEta);
        accepted = true;
        loss = candidateLoss;
        break;
      }
      t /= 2;
    }
    iterations++;
    // No decrease even for tiny steps: we are at the floating-point limit of the optimum.
    if (!accepted) {
      const { gradient: g } = derivatives(sparse, y, sampleWeight, beta, eta, options.lambda, p);
      gradientNorm = maxAbs(g) / totalWeight;
      converged = gradientNorm <= Math.max(options.tol, 1e-6);
      break;
    }
  }
  return { coefficients: beta.slice(0, p), intercept: beta[p], iterations, converged, loss: loss / totalWeight, gradientNorm };
}

/** Numerically stable log(1 + e^z). */
export function log1pExp(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function objective(x: SparseRows, y: ArrayLike<number>, s: Float64Array, beta: Float64Array, lambda: number, eta: Float64Array): number {
  const n = eta.length;
  const p = beta.length - 1;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let z = beta[p];
    for (let k = x.start[i]; k < x.start[i + 1]; k++) z += x.value[k] * beta[x.column[k]];
    eta[i] = z;
    total += s[i] * (log1pExp(z) - y[i] * z);
  }
  let penalty = 0;
  for (let j = 0; j < p; j++) penalty += beta[j] * beta[j];
  return total + (lambda / 2) * penalty;
}

function derivatives(
  x: SparseRows,
  y: ArrayLike<number>,
  s: Float64Array,
  beta: Float64Array,
  eta: Float64Array,
  lambda: number,
  p: number,
) {
  const d = p + 1;
  const gradient = new Float64Array(d);
  const hessian = new Float64Array(d * d); // upper triangle filled, mirrored below
  for (let i = 0; i < eta.length; i++) {
    const prob = sigmoid(eta[i]);
    const r = s[i] * (prob - y[i]);
    const h = s[i] * prob * (1 - prob);
    const a = x.start[i];
    const b = x.start[i + 1];
    for (let k = a; k < b; k++) {
      const j = x.column[k];
      const hv = h * x.value[k];
      gradient[j] += r * x.value[k];
      const rowOffset = j * d;
      // Columns within a row are ascending, so (j, l) with l >= j lands in the upper triangle.
      for (let m = k; m < b; m++) hessian[rowOffset + x.column[m]] += hv * x.value[m];
      hessian[rowOffset + p] += hv;
    }
    gradient[p] += r;
    hessian[p * d + p] += h;
  }
  for (let j = 0; j < p; j++) {
    gradient[j] += lambda * beta[j];
    hessian[j * d + j] += lambda;
  }
  for (let j = 0; j < d; j++) for (let l = j + 1; l < d; l++) hessian[l * d + j] = hessian[j * d + l];
  return { gradient, hessian };
}

/** Solves H x = g by Cholesky, adding a little ridge if H is numerically not positive definite. */
function solveSymmetric(hessian: Float64Array, gradient: Float64Array, d: number): Float64Array {
  const rows: number[][] = [];
  for (let j = 0; j < d; j++) rows.push(Array.from(hessian.subarray(j * d, (j + 1) * d)));
  let jitter = 0;
  for (let attempt = 0; attempt < 10; attempt++) {
    const h = new Matrix(rows);
    if (jitter > 0) for (let j = 0; j < d; j++) h.set(j, j, h.get(j, j) + jitter);
    const cholesky = new CholeskyDecomposition(h);
    if (cholesky.isPositiveDefinite()) return Float64Array.from(cholesky.solve(Matrix.columnVector(Array.from(gradient))).to1DArray());
    jitter = jitter === 0 ? 1e-8 * (1 + maxDiagonal(hessian, d)) : jitter * 10;
  }
  throw new Error('Logistic regression: the Hessian is not positive definite even after regularising it.');
}

function toSparseRows(x: EncodedMatrix): SparseRows {
  const start = new Int32Array(x.rows + 1);
  const column: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < x.rows; i++) {
    for (let j = 0; j < x.cols; j++) {
      const v = x.data[i * x.cols + j];
      if (v !== 0) {
        column.push(j);
        value.push(v);
      }
    }
    start[i + 1] = column.length;
  }
  return { start, column: Int32Array.from(column), value: Float64Array.from(value) };
}

function maxAbs(values: Float64Array): number {
  let m = 0;
  for (const v of values) m = Math.max(m, Math.abs(v));
  return m;
}

function maxDiagonal(hessian: Float64Array, d: number): number {
  let m = 0;
  for (let j = 0; j < d; j++) m = Math.max(m, Math.abs(hessian[j * d + j]));
  return m;
}
