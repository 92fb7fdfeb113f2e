import { registerEnumType } from 'type-graphql';

export enum ColumnKindEnum {
  NUMERIC = 'NUMERIC',
  CATEGORICAL = 'CATEGORICAL',
  BINARY = 'BINARY',
  DATE = 'DATE',
  IDENTIFIER = 'IDENTIFIER',
  IGNORED = 'IGNORED',
}
export enum Algorithm {
  LOGISTIC_REGRESSION = 'LOGISTIC_REGRESSION',
  RANDOM_FOREST = 'RANDOM_FOREST',
  DECISION_TREE = 'DECISION_TREE',
  GRADIENT_BOOSTING = 'GRADIENT_BOOSTING',
}
export enum JobStatusEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
export enum SegmentationAlgorithm {
  KMEANS = 'KMEANS',
  DBSCAN = 'DBSCAN',
  RFM_SCORES = 'RFM_SCORES',
}
export enum SegmentFeatureSet {
  RFM = 'RFM',
  TOP_DRIVERS = 'TOP_DRIVERS',
  CUSTOM = 'CUSTOM',
}

registerEnumType(ColumnKindEnum, { name: 'ColumnKind' });
registerEnumType(Algorithm, { name: 'Algorithm' });
registerEnumType(JobStatusEnum, { name: 'JobStatus' });
registerEnumType(SegmentationAlgorithm, { name: 'SegmentationAlgorithm' });
registerEnumType(SegmentFeatureSet, { name: 'SegmentFeatureSet' });
