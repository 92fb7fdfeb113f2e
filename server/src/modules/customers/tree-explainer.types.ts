/**
 * The parts of a prepared tree explainer that its per-edge tables are built from. Kept apart
 * from tree-shap.ts so the linear-time algorithm's files can name them without importing
 * tree-shap.ts, which imports them.
 */
import type { CompiledForest } from '../training/trees/compiled-forest.js';

export type ShapScale = 'LOG_ODDS' | 'PROBABILITY';

export interface TreeExplainerBase {
  forest: CompiledForest;
  scale: ShapScale;
  baseValue: number;
  /** Leaf values already divided by the tree count for mean aggregation. */
  leafValue: Float64Array;
  /** cover(child) / cover(parent) for every non-root node. */
  fraction: Float64Array;
  maxDepth: number;
}
