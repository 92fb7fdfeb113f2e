import { Arg, Authorized, ID, Mutation, Query, Resolver } from 'type-graphql';
import { notAvailableYet } from '../../common/errors.js';
import { Role } from '../auth/role.js';
import { SegmentationInput, SegmentationType } from './segments.types.js';

@Resolver()
export class SegmentsResolver {
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
