import { registerEnumType } from 'type-graphql';
import {
  ALGORITHMS,
  SEGMENTATION_ALGORITHMS,
  type Algorithm as AlgorithmValue,
  type SegmentationAlgorithm as SegmentationValue,
} from '../domain/algorithms.js';
import { COLUMN_KINDS, type ColumnKind } from '../domain/column-kinds.js';

/** A GraphQL enum object ({ NUMERIC: 'NUMERIC', ... }) built from one of the domain's lists. */
function enumOf<const T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T]: K };
}

export const ColumnKindEnum = enumOf(COLUMN_KINDS);
export type ColumnKindEnum = ColumnKind;
export const Algorithm = enumOf(ALGORITHMS);
export type Algorithm = AlgorithmValue;
export enum JobStatusEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
export const SegmentationAlgorithm = enumOf(SEGMENTATION_ALGORITHMS);
export type SegmentationAlgorithm = SegmentationValue;
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
