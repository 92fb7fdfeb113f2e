import type { FeatureTable } from '../training/data/feature-table.js';
import type { CampaignColumn } from './profiles.js';
import type { SegmentCustomersOptions } from './segment-customers.types.js';
import { message } from '../phrasing/catalogue.js';

/** Refuses options that contradict each other or do not fit the table, with a plain reason. */
export function validateSegmentOptions(table: FeatureTable, campaigns: CampaignColumn[], o: SegmentCustomersOptions): void {
  if (o.algorithm && !['KMEANS', 'DBSCAN', 'RFM_SCORES'].includes(o.algorithm))
    throw new Error(`Unknown algorithm "${o.algorithm}"; use KMEANS, DBSCAN or RFM_SCORES.`);
  if (o.algorithm === 'RFM_SCORES' && o.featureSet && o.featureSet !== 'RFM')
    throw new Error('RFM scores are built from recency, frequency and monetary value: choose the RFM features.');
  if (o.k !== undefined && o.algorithm === 'RFM_SCORES')
    throw new Error('RFM scores give a fixed set of named segments; leave k empty or use KMEANS.');
  if (o.featureSet && !['RFM', 'TOP_DRIVERS', 'CUSTOM'].includes(o.featureSet)) throw new Error(`Unknown feature set "${o.featureSet}".`);
  if (o.featureSet && o.featureSet !== 'RFM' && !(o.features && o.features.length > 0)) {
    throw new Error(
      o.featureSet === 'TOP_DRIVERS'
        ? 'TOP_DRIVERS needs the driver feature names (train a model first).'
        : 'CUSTOM needs at least one column in `features`.',
    );
  }
  if (o.k !== undefined && o.algorithm === 'DBSCAN')
    throw new Error('DBSCAN finds the number of segments itself; leave k empty or use KMEANS.');
  if (o.k !== undefined && (!Number.isInteger(o.k) || o.k < 2)) throw new Error(`k must be an integer of at least 2; got ${o.k}.`);
  if (table.rowCount < 3) throw new Error(message('error.segmentation.tooFew', { count: table.rowCount }));
  for (const c of campaigns)
    if (c.values.length !== table.rowCount)
      throw new Error(`Campaign "${c.column}" has ${c.values.length} values for ${table.rowCount} customers.`);
  if (o.targetGroup && o.targetGroup.mask.length !== table.rowCount)
    throw new Error(`The target group has ${o.targetGroup.mask.length} entries for ${table.rowCount} customers.`);
}
