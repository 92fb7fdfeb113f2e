import type { ModelExplanation } from './explain-model.js';

/**
 * One model's explanation from parts computed on disjoint feature subsets of the same rows
 * (so both worker threads share a large model's explanation). Each feature's result does
 * not depend on which other features were explained with it — every feature is shuffled
 * with the same seeded sequence — so the merge equals explaining all features at once:
 * importance sorted most important first, ties in `featureOrder`, as permutationImportance
 * orders them.
 */
export function mergeExplanations(parts: ModelExplanation[], featureOrder: string[]): ModelExplanation {
  if (parts.length === 0) throw new Error('mergeExplanations: no parts to merge.');
  const [first] = parts;
  for (const part of parts) {
    if (part.baselineScore !== first.baselineScore || part.baseRate !== first.baseRate) {
      throw new Error('mergeExplanations: the parts were computed on different rows (their baseline scores differ).');
    }
  }
  const position = new Map(featureOrder.map((name, i) => [name, i]));
  const rank = (name: string) => {
    const p = position.get(name);
    if (p === undefined) throw new Error(`mergeExplanations: "${name}" is not in featureOrder.`);
    return p;
  };
  const importance = parts
    .flatMap((part) => part.importance)
    .sort((a, b) => b.importance - a.importance || rank(a.feature) - rank(b.feature));
  if (new Set(importance.map((f) => f.feature)).size !== importance.length)
    throw new Error('mergeExplanations: a feature was explained in two parts.');
  const dependence: ModelExplanation['dependence'] = {};
  const curves = parts.flatMap((part) => Object.values(part.dependence)).sort((a, b) => rank(a.feature) - rank(b.feature));
  for (const curve of curves) dependence[curve.feature] = curve;
  return { baselineScore: first.baselineScore, baseRate: first.baseRate, importance, dependence };
}

/** `names` dealt round-robin into at most `parts` non-empty subsets of similar cost. */
export function splitFeatures(names: string[], parts: number): string[][] {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`splitFeatures: parts must be an integer >= 1 (got ${parts}).`);
  const subsets = Array.from({ length: Math.min(parts, names.length) }, () => [] as string[]);
  names.forEach((name, i) => subsets[i % subsets.length].push(name));
  return subsets;
}
