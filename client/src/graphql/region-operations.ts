/**
 * Where customers live (Overview and Segments pages): region columns, and customers,
 * response rate and segment mix per region.
 * Result types are generated from server/schema.graphql and these documents (npm run codegen,
 * client/src/gql/); the names below point into them.
 */
import { graphql } from '../gql';
import type { RegionsQuery } from '../gql/graphql';

export type RegionColumn = NonNullable<RegionsQuery['dataset']>['regionColumns'][number];
export type RegionBreakdown = NonNullable<NonNullable<RegionsQuery['dataset']>['regions']>;
export type RegionStat = RegionBreakdown['regions'][number];

export const REGIONS = graphql(`
  query Regions($id: ID!, $column: String, $segmentationId: ID) {
    dataset(id: $id) {
      id
      regionColumns {
        name
        label
        level
      }
      regions(column: $column, segmentationId: $segmentationId) {
        column
        label
        level
        segmentationId
        customers
        overallRate
        regions {
          name
          mapName
          customers
          known
          responded
          rate
          segments {
            segment
            name
            customers
          }
        }
      }
    }
  }
`);
