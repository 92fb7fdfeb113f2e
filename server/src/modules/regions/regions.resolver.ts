import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import { DatasetType } from '../datasets/dataset.types.js';
import { RegionBreakdownType, RegionColumnType } from './regions.types.js';

/** Where a dataset's customers live (read by every signed-in user, like the dataset itself). */
@Resolver(() => DatasetType)
export class RegionsResolver {
  @FieldResolver(() => [RegionColumnType], {
    description: 'Columns that say where customers live (inferred or set on the Data page), countries first.',
  })
  regionColumns(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.regions.columns(dataset.id);
  }

  @FieldResolver(() => RegionBreakdownType, {
    nullable: true,
    description:
      'Customers, response rate and segment mix per region of `column` (default: the first region column); null when the dataset has none.',
  })
  regions(
    @Root() dataset: DatasetEntity,
    @Arg('column', () => String, { nullable: true }) column: string | null,
    @Arg('segmentationId', () => ID, { nullable: true }) segmentationId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.regions.breakdown(dataset, column ?? null, segmentationId ?? null);
  }
}
