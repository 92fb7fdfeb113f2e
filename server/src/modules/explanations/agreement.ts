import { averageRanks, mean, spearman } from './explanation-stats.js';

/**
 * Do the models of one training run tell the same story? Compares their permutation
 * importances (Spearman rank correlation over all features, and per feature how far apart
 * its ranks are) and the direction of each feature's partial dependence. Where models with
 * similar scores disagree, the explanation is about the model, not the customers: the
 * client says so.
 */

export interface ModelSummaryForAgreement {
  model: string;
  /** Importance by feature (e.g. mean drop in ROC AUC). */
  importance: Record<string, number>;
  /** The PDP per feature: grid value (null for levels), level text and mean prediction. */
  dependence: Record<
    string,
    { baseline: number; points: { value: string; numericValue: number | null; meanPrediction: number }[]; discrete?: boolean }
  >;
}

export interface AgreementOptions {
  /** Ranks (1 = most important) may differ by at most this much between models to agree. */
  maxRankSpread?: number;
  /** Curve range (probability points) below which a numeric effect counts as flat. */
  flatRange?: number;
  /**
   * Share of a curve's total up-and-down movement allowed against its main direction for it
   * still to count as increasing or decreasing (absorbs small wiggles of a noisy model).
   */
  maxReversal?: number;
}

/** 'increasing' | 'decreasing' | 'flat' | 'mixed' for numeric; for levels, "above: A, B" (sorted). */
export type Direction = string;

export interface FeatureAgreement {
  feature: string;
  ranks: Record<string, number>;
  rankSpread: number;
  rankAgreement: boolean;
  directions: Record<string, Direction>;
  directionAgreement: boolean;
}

export interface AgreementResult {
  models: string[];
  /** Spearman correlation of importances for each pair of models: pairs[i][j]. */
  rankCorrelation: number[][];
  /** Mean of the pairwise correlations (1 with one model). */
  meanRankCorrelation: number;
  features: FeatureAgreement[];
}

export function modelAgreement(models: ModelSummaryForAgreement[], options: AgreementOptions = {}): AgreementResult {
  const maxRankSpread = options.maxRankSpread ?? 2;
  const flatRange = options.flatRange ?? 0.01;
  const maxReversal = options.maxReversal ?? 0.1;
  if (models.length === 0) throw new Error('modelAgreement: needs at least one model.');
  if (!(maxRankSpread >= 0)) throw new Error(`modelAgreement: maxRankSpread must be >= 0, got ${maxRankSpread}.`);
  const features = Object.keys(models[0].importance);
  for (const m of models) {
    const missing = features.filter((f) => !(f in m.importance));
    if (missing.length > 0 || Object.keys(m.importance).length !== features.length) {
      throw new Error(`modelAgreement: model "${m.model}" has importances for different features than "${models[0].model}".`);
    }
  }
  const vectors = models.map((m) => features.map((f) => m.importance[f]));
  // Rank 1 = most important; ties share their average rank.
  const ranks = vectors.map((v) => averageRanks(v.map((x) => -x)));
  const rankCorrelation = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 1 : spearman(a, b))));
  const pairs: number[] = [];
  for (let i = 0; i < models.length; i++) for (let j = i + 1; j < models.length; j++) pairs.push(rankCorrelation[i][j]);
  const meanRankCorrelation = pairs.length === 0 ? 1 : pairs.reduce((a, b) => a + b, 0) / pairs.length;

  const perFeature = features.map((feature, f): FeatureAgreement => {
    const featureRanks = ranks.map((r) => r[f]);
    const rankSpread = Math.max(...featureRanks) - Math.min(...featureRanks);
    const directions = models.map((m) => {
      const curve = m.dependence[feature];
      return curve ? direction(curve, flatRange, maxReversal) : 'unknown';
    });
    return {
      feature,
      ranks: Object.fromEntries(models.map((m, i) => [m.model, featureRanks[i]])),
      rankSpread,
      rankAgreement: rankSpread <= maxRankSpread,
      directions: Object.fromEntries(models.map((m, i) => [m.model, directions[i]])),
      directionAgreement: directions.every((d) => d === directions[0] && d !== 'unknown'),
    };
  });
  return { models: models.map((m) => m.model), rankCorrelation, meanRankCorrelation, features: perFeature };
}

/**
 * The direction of one partial dependence curve. Numeric: from the total rise and fall
 * between neighbouring grid points rather than a rank correlation with the grid, because a
 * step (the typical tree-model curve) is perfectly monotone but its long flat plateaus make
 * Spearman's rho small. Levels: which levels lie above the curve's baseline.
 */
export function direction(curve: ModelSummaryForAgreement['dependence'][string], flatRange = 0.01, maxReversal = 0.1): Direction {
  const points = curve.points;
  const discrete = curve.discrete ?? points.some((p) => p.numericValue === null);
  if (discrete) {
    const above = points
      .filter((p) => p.meanPrediction > curve.baseline)
      .map((p) => p.value)
      .sort();
    return `above: ${above.join(', ')}`;
  }
  const predictions = points.map((p) => p.meanPrediction);
  if (predictions.length < 2 || Math.max(...predictions) - Math.min(...predictions) < flatRange) return 'flat';
  let rise = 0;
  let fall = 0;
  for (let k = 1; k < predictions.length; k++) {
    const change = predictions[k] - predictions[k - 1];
    if (change > 0) rise += change;
    else fall -= change;
  }
  if (fall <= maxReversal * (rise + fall)) return 'increasing';
  if (rise <= maxReversal * (rise + fall)) return 'decreasing';
  // A clear trend with small wiggles (a boosted model's curve around one big step) still has
  // a direction: its first and last thirds differ by most of its range. A U or a hill does not.
  if (predictions.length >= 6) {
    const third = Math.ceil(predictions.length / 3);
    const head = mean(predictions.slice(0, third));
    const tail = mean(predictions.slice(-third));
    if (Math.abs(tail - head) >= 0.6 * (Math.max(...predictions) - Math.min(...predictions)))
      return tail > head ? 'increasing' : 'decreasing';
  }
  return 'mixed';
}
