/** bank-full (45,211 rows) without `duration`, a leak known only after the call. */
import { describe, expect, it } from 'vitest';
import { BANK, loadBank, reasonIfMissing } from '../../../../helpers/datasets.js';
import { fitAndEvaluate, sklearnAuc, STORED_SKLEARN } from './real-data-fixtures.js';

describe.skipIf(reasonIfMissing(BANK))('logistic regression on bank-full without duration', () => {
  it('converges and has test ROC AUC within 0.02 of scikit-learn', () => {
    const { test, model, metrics } = fitAndEvaluate(loadBank());
    const reference = sklearnAuc(BANK, { target: 'y', drop: ['duration'] }, test, STORED_SKLEARN.bank);
    console.info(
      `bank-full LOGISTIC_REGRESSION: AUC ${metrics.rocAuc.toFixed(4)} (scikit-learn ${reference}), ${model.diagnostics.iterations} Newton iterations`,
    );
    expect(model.diagnostics.converged).toBe(true);
    expect(metrics.rocAuc).toBeGreaterThanOrEqual(reference - 0.02);
  });
});
