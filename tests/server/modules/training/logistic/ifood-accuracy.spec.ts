/** iFood (2,240 customers, 15 % responders). */
import { describe, expect, it } from 'vitest';
import { IFOOD, loadIfood, reasonIfMissing } from '../../../../helpers/datasets.js';
import { fitAndEvaluate, sklearnAuc, STORED_SKLEARN } from './real-data-fixtures.js';

describe.skipIf(reasonIfMissing(IFOOD))('logistic regression on iFood', () => {
  it('converges and has test ROC AUC within 0.02 of scikit-learn', () => {
    const { test, model, metrics } = fitAndEvaluate(loadIfood());
    const reference = sklearnAuc(IFOOD, { target: 'Response' }, test, STORED_SKLEARN.ifood);
    console.info(
      `iFood LOGISTIC_REGRESSION: AUC ${metrics.rocAuc.toFixed(4)} (scikit-learn ${reference}), ${model.diagnostics.iterations} Newton iterations`,
    );
    expect(model.diagnostics.converged).toBe(true);
    expect(metrics.rocAuc).toBeGreaterThanOrEqual(reference - 0.02);
    // A useful campaign model: it beats the 15 % base rate several times over at its F1 threshold.
    expect(metrics.precision).toBeGreaterThan(0.4);
    expect(metrics.prAuc).toBeGreaterThan(0.5);
  });
});
