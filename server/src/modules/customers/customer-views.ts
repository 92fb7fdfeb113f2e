/** What the customers module hands out: a customer, an explanation, a curve point, and a model made ready to explain. */
import type { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import type { ModelEntity } from '../training/model.entity.js';
import type { FeatureTable } from '../training/data/feature-table.js';
import type { TrainedModel } from '../training/model-registry.js';
import type { TableContext } from './customer-table.js';
import type { ReasonColumn } from './reasons-text.js';
import type { ShapExplainer } from './shap-explainer.js';

export interface CustomerView {
  key: string;
  rowNumber: number;
  values: { feature: string; value: string | null }[];
  responded: boolean | null;
}

export interface ContributionView {
  feature: string;
  label: string;
  value: string | null;
  contribution: number;
}

export interface ExplanationView {
  probability: number;
  scale: string;
  baseValue: number;
  contributions: ContributionView[];
  text: string;
}

export interface CurvePointView {
  value: string;
  /** Numbers: the value; dates: the day number (since 1970-01-01); levels: null. */
  numericValue: number | null;
  probability: number;
}

export interface Prepared {
  model: TrainedModel;
  /** The training rows the expectations (and the curves' grids) run over. */
  background: FeatureTable;
  explainer: ShapExplainer;
  context: TableContext;
  columns: DatasetColumnEntity[];
  /** The model's features as the reasons speak of them (order of the explainer's features). */
  reasonColumns: ReasonColumn[];
  /** The dataset's currency (ISO 4217), for amounts in the reasons. */
  currency: string | null;
  dataset: DatasetEntity;
  entity: ModelEntity;
  /** Every customer's probability by this model, highest first (computed once, on first use). */
  allProbabilities: () => Promise<Float64Array>;
}

export interface StandingView {
  key: string;
  probability: number;
  /** 1 = the best-rated tenth of the dataset's customers. */
  decile: number;
  likely: boolean;
  threshold: number;
  /** Null when the model has no target group. */
  inTargetGroup: boolean | null;
  /** Their segment in the latest segmentation; null when none. */
  segment: string | null;
}

export interface CounterfactualView {
  reached: boolean;
  before: number;
  after: number;
  threshold: number;
  /** The features the search could change (marked actionable, used by the model). */
  actionable: string[];
  /** Values as they would appear in the file (numbers as numbers; levels as levels). */
  changes: { feature: string; label: string; from: string | null; to: string }[];
  text: string;
}
