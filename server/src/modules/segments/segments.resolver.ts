import { Arg, Authorized, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notAvailableYet } from '../../common/errors.js';
import { Role } from '../auth/role.js';
import type { SegmentationEntity } from './segmentation.entity.js';
import { SegmentationInput, SegmentationType, SegmentType } from './segments.types.js';

@Resolver(() => SegmentationType)
export class SegmentsResolver {
  @FieldResolver(() => [SegmentType])
  segments(@Root() segmentation: SegmentationEntity) {
    return (segmentation.result as { segments?: SegmentType[] } | null)?.segments ?? [];
  }

  @Authorized()
  @Query(() => SegmentationType, { nullable: true })
  segmentation(@Arg('id', () => ID) _id: string): SegmentationType | null {
    throw notAvailableYet('Customer segmentation');
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => SegmentationType)
  segmentCustomers(
    @Arg('datasetId', () => ID) _datasetId: string,
    @Arg('input', () => SegmentationInput, { nullable: true }) _input: SegmentationInput | null,
  ): SegmentationType {
    throw notAvailableYet('Customer segmentation');
  }
}
