import { registerEnumType } from 'type-graphql';
import {
  ALGORITHMS,
  SEGMENT_FEATURE_SETS,
  SEGMENTATION_ALGORITHMS,
  type Algorithm as AlgorithmValue,
  type SegmentFeatureSet as FeatureSetValue,
  type SegmentationAlgorithm as SegmentationValue,
} from '../domain/algorithms.js';
import { COLUMN_KINDS, type ColumnKind } from '../domain/column-kinds.js';
import { JOB_STATUSES, type JobStatus } from '../domain/job-status.js';

/** A GraphQL enum object ({ NUMERIC: 'NUMERIC', ... }) built from one of the domain's lists. */
function enumOf<const T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T]: K };
}

export const ColumnKindEnum = enumOf(COLUMN_KINDS);
export type ColumnKindEnum = ColumnKind;
export const Algorithm = enumOf(ALGORITHMS);
export type Algorithm = AlgorithmValue;
export const JobStatusEnum = enumOf(JOB_STATUSES);
export type JobStatusEnum = JobStatus;
export const SegmentationAlgorithm = enumOf(SEGMENTATION_ALGORITHMS);
export type SegmentationAlgorithm = SegmentationValue;
export const SegmentFeatureSet = enumOf(SEGMENT_FEATURE_SETS);
export type SegmentFeatureSet = FeatureSetValue;

registerEnumType(ColumnKindEnum, { name: 'ColumnKind' });
registerEnumType(Algorithm, { name: 'Algorithm' });
registerEnumType(JobStatusEnum, { name: 'JobStatus' });
registerEnumType(SegmentationAlgorithm, { name: 'SegmentationAlgorithm' });
registerEnumType(SegmentFeatureSet, { name: 'SegmentFeatureSet' });
