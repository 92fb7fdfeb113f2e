/**
 * The classifiers the product trains (in training order) and the ways it segments
 * customers. The GraphQL enums `Algorithm` and `SegmentationAlgorithm` are built from these.
 */
export const ALGORITHMS = ['LOGISTIC_REGRESSION', 'DECISION_TREE', 'RANDOM_FOREST', 'GRADIENT_BOOSTING'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

export function isAlgorithm(value: string): value is Algorithm {
  return (ALGORITHMS as readonly string[]).includes(value);
}

export const SEGMENTATION_ALGORITHMS = ['KMEANS', 'DBSCAN', 'RFM_SCORES'] as const;
export type SegmentationAlgorithm = (typeof SEGMENTATION_ALGORITHMS)[number];

/** Which columns a segmentation clusters on: RFM's three, the featured model's top drivers, or the analyst's choice. */
export const SEGMENT_FEATURE_SETS = ['RFM', 'TOP_DRIVERS', 'CUSTOM'] as const;
export type SegmentFeatureSet = (typeof SEGMENT_FEATURE_SETS)[number];
