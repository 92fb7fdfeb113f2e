/**
 * Seeded synthetic logistic data with known coefficients, shared by the logistic tests,
 * and a live scikit-learn fit of the same matrix when /usr/bin/python3 has scikit-learn.
 */
import { createRng, randomNormal } from '../../../../../server/src/common/random.js';
import type { EncodedMatrix } from '../../../../../server/src/modules/training/pipeline/fit-pipeline.js';
import { runSklearnProgram } from '../../../../helpers/sklearn.js';

export const TRUE_COEFFICIENTS = [2, -1, 0];
export const TRUE_INTERCEPT = -0.5;

/** n rows of three standard-normal columns; y ~ Bernoulli(sigmoid(2 x0 - x1 + 0 x2 - 0.5)). */
export function syntheticLogistic(n: number, seed: number): { x: EncodedMatrix; y: Uint8Array } {
  const rng = createRng(seed);
  const cols = TRUE_COEFFICIENTS.length;
  const data = new Float64Array(n * cols);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let z = TRUE_INTERCEPT;
    for (let j = 0; j < cols; j++) {
      data[i * cols + j] = randomNormal(rng);
      z += TRUE_COEFFICIENTS[j] * data[i * cols + j];
    }
    y[i] = rng() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }
  return { x: { rows: n, cols, data }, y };
}

export interface SklearnFit {
  coefficients: number[];
  intercept: number;
}

const FIT_SCRIPT = `
import json, sys
import numpy as np
from sklearn.linear_model import LogisticRegression
d = json.load(sys.stdin)
X = np.array(d["data"]).reshape(d["rows"], d["cols"])
out = []
for o in d["fits"]:
    m = LogisticRegression(C=o["C"], class_weight=o["classWeight"], tol=1e-12, max_iter=100000).fit(X, np.array(d["y"]))
    out.append({"coefficients": m.coef_[0].tolist(), "intercept": float(m.intercept_[0])})
print(json.dumps(out))
`;

/** scikit-learn's LogisticRegression (lbfgs, tight tolerance) on the same matrix, one per option set (one Python start), or null without Python. */
export function sklearnFits(
  x: EncodedMatrix,
  y: Uint8Array,
  fits: Array<{ C: number; classWeight: 'balanced' | null }>,
): SklearnFit[] | null {
  const input = JSON.stringify({ rows: x.rows, cols: x.cols, data: Array.from(x.data), y: Array.from(y), fits });
  const out = runSklearnProgram(FIT_SCRIPT, input, { timeoutMs: 60_000, env: { OMP_NUM_THREADS: '1' } });
  return out === null ? null : (JSON.parse(out) as SklearnFit[]);
}
