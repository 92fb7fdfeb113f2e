import { isCategorical, type FeatureTable, type PredictProba } from '../training/data/feature-table.js';
import { accumulatedLocalEffects, pdpAleDisagreement, type AlePoint, type Disagreement } from './ale.js';
import { checkInteger, mean } from './explanation-stats.js';
import { partialDependence, type PartialDependenceResult } from './partial-dependence.js';
import { permutationImportance } from './permutation-importance.js';
import { regionsOfInterest, type InterestRegion } from './regions.js';

/**
 * Everything shown about one trained model, computed once on its held-out rows right after
 * training (the lead runs this in the training worker): permutation importance, and per
 * feature the partial dependence with ICE curves, ALE (numeric/date), the PDP/ALE
 * disagreement, the regions of interest and the histogram of where the customers are.
 * The result holds only plain objects, arrays, numbers and strings, so it survives
 * JSON (the model's jsonb column) and structured cloning unchanged.
 */

export interface ExplainModelOptions {
  /** Display labels by feature name (default: the name). */
  labels?: Record<string, string>;
  /** Features to explain (default: all of X's). */
  features?: string[];
  nRepeats?: number;
  randomState?: number;
  gridResolution?: number;
  sampleSize?: number;
  iceCount?: number;
  percentiles?: [number, number];
  /** Regions of interest: relative lift over the baseline a grid point needs (0.2 = 20 %). */
  minRelativeLift?: number;
  /** PDP/ALE disagreement score above which the client warns. */
  disagreementThreshold?: number;
}

export interface ExplainedImportance {
  feature: string;
  label: string;
  importance: number;
  stdDev: number;
  repeats: number[];
}

/** The stored part of partialDependence's result, with the column's label, ALE beside PD and the regions read from it. */
type StoredCurves = 'feature' | 'kind' | 'baseline' | 'sampleSize' | 'points' | 'ice' | 'iceRows' | 'histogram' | 'missing';

export interface ExplainedDependence extends Pick<PartialDependenceResult, StoredCurves> {
  label: string;
  ale: AlePoint[] | null;
  disagreement: Disagreement | null;
  regions: InterestRegion[];
}

export interface ModelExplanation {
  /** Held-out ROC AUC before any permutation. */
  baselineScore: number;
  /** Observed response rate of the held-out rows. */
  baseRate: number;
  /** Most important first. */
  importance: ExplainedImportance[];
  /** Features with no observed value at all are left out. */
  dependence: Record<string, ExplainedDependence>;
}

export function explainModel(
  predict: PredictProba,
  X: FeatureTable,
  y: ArrayLike<number>,
  options: ExplainModelOptions = {},
  onProgress?: (fraction: number) => void,
): ModelExplanation {
  const nRepeats = options.nRepeats ?? 10;
  const randomState = options.randomState ?? 0;
  const gridResolution = options.gridResolution ?? 30;
  const sampleSize = options.sampleSize ?? 1000;
  checkInteger('explainModel', 'nRepeats', nRepeats, 1);
  checkInteger('explainModel', 'gridResolution', gridResolution, 2);
  checkInteger('explainModel', 'sampleSize', sampleSize, 1);
  const names = options.features ?? X.features.map((f) => f.name);
  const label = (name: string) => options.labels?.[name] ?? name;

  // Progress in rows predicted, estimated up front: importance is nRepeats passes over X per
  // feature; each dependence is about (grid + 1) passes over the sample, plus 3 for ALE.
  const m = Math.min(sampleSize, X.rowCount);
  const importanceUnits = names.length * nRepeats * X.rowCount;
  const dependenceUnits = (name: string) => m * (gridResolution + 1) + (isNumeric(X, name) ? 3 * m : 0);
  const totalUnits = importanceUnits + names.reduce((sum, n) => sum + dependenceUnits(n), 0);
  let doneUnits = 0;
  const report = (units: number) => onProgress?.(Math.min(1, units / totalUnits));

  const importance = permutationImportance(predict, X, y, {
    nRepeats,
    randomState,
    features: names,
    onProgress: (fraction) => report(fraction * importanceUnits),
  });
  doneUnits = importanceUnits;
  const baseRate = mean(y);
  const dependence: Record<string, ExplainedDependence> = {};
  for (const name of names) {
    if (hasObservedValue(X, name)) {
      const common = { gridResolution, sampleSize, randomState };
      const pdp = partialDependence(predict, X, name, { ...common, iceCount: options.iceCount, percentiles: options.percentiles });
      const ale =
        isNumeric(X, name) && pdp.points.length > 1
          ? accumulatedLocalEffects(predict, X, name, { ...common, grid: pdp.points.map((p) => p.numericValue as number) })
          : null;
      dependence[name] = {
        feature: name,
        label: label(name),
        kind: pdp.kind,
        baseline: pdp.baseline,
        sampleSize: pdp.sampleSize,
        points: pdp.points,
        ice: pdp.ice,
        iceRows: pdp.iceRows,
        ale: ale?.points ?? null,
        disagreement: ale ? pdpAleDisagreement(pdp, ale, { threshold: options.disagreementThreshold }) : null,
        regions: regionsOfInterest(pdp, { minRelativeLift: options.minRelativeLift, baseRate }),
        histogram: pdp.histogram,
        missing: pdp.missing,
      };
    }
    doneUnits += dependenceUnits(name);
    report(doneUnits);
  }
  onProgress?.(1);
  return {
    baselineScore: importance.baselineScore,
    baseRate,
    importance: importance.features.map((f) => ({
      feature: f.feature,
      label: label(f.feature),
      importance: f.importanceMean,
      stdDev: f.importanceStd,
      repeats: f.repeats,
    })),
    dependence,
  };
}

function isNumeric(X: FeatureTable, name: string): boolean {
  const kind = X.features.find((f) => f.name === name)?.kind;
  return kind === 'NUMERIC' || kind === 'DATE';
}

function hasObservedValue(X: FeatureTable, name: string): boolean {
  const feature = X.features.find((f) => f.name === name);
  if (!feature) throw new Error(`explainModel: unknown feature "${name}".`);
  if (isCategorical(feature)) return feature.codes.some((c) => c >= 0 && c < feature.levels.length);
  return feature.values.some(Number.isFinite);
}
