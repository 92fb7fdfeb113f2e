import { gql, type TypedDocumentNode } from '@urql/core';

/**
 * Where customers live (Overview and Segments pages): the region columns of a dataset and
 * customers, response rate and segment mix per region. Each type lists exactly what the
 * document below selects (server/schema.graphql is the source).
 */
export type RegionLevel = 'COUNTRY' | 'STATE' | 'POSTAL_CODE';

export interface RegionColumn {
  name: string;
  label: string;
  level: RegionLevel;
}

export interface RegionStat {
  name: string;
  mapName: string | null;
  customers: number;
  known: number;
  responded: number;
  rate: number | null;
  segments: { segment: number; name: string; customers: number }[];
}

export interface RegionBreakdown {
  column: string;
  label: string;
  level: RegionLevel;
  segmentationId: string | null;
  customers: number;
  overallRate: number | null;
  regions: RegionStat[];
}

export const REGIONS: TypedDocumentNode<
  { dataset: { id: string; regionColumns: RegionColumn[]; regions: RegionBreakdown | null } | null },
  { id: string; column: string | null; segmentationId: string | null }
> = gql`
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
`;
