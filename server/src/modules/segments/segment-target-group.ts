/** The featured model's target group, which every segment's brief measures its overlap with. */
import type { Logger } from 'pino';
import { whoSentence } from '../target-groups/condition-text.js';
import { toColumnInfo, type TargetGroupService } from '../target-groups/target-group.service.js';
import type { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import type { ModelEntity } from '../training/model.entity.js';
import { importanceOf } from '../training/stored-explanations.js';
import type { TargetGroupSpec } from './segment-data.js';

/** The Target group page's default: the group described on the featured model's top 3 drivers. */
export const TARGET_GROUP_DRIVERS = 3;

/**
 * The featured model's target group (as the Target group page first shows it), for each
 * segment's overlap; null without a model with explanations, or when no group is found.
 */
export async function featuredTargetGroup(
  targetGroups: TargetGroupService | null,
  featured: ModelEntity | null,
  columns: DatasetColumnEntity[],
  logger: Logger,
): Promise<TargetGroupSpec | null> {
  const drivers = featured ? importanceOf(featured).length : 0;
  if (!targetGroups || !featured || drivers === 0) return null;
  try {
    const group = await targetGroups.describe(featured, { topN: Math.min(TARGET_GROUP_DRIVERS, drivers) });
    if (!group.found || group.conditions.length === 0) return null;
    const used = new Set(group.conditions.map((c) => c.feature));
    return {
      conditions: group.conditions.map((c) => ({ feature: c.feature, min: c.min, max: c.max, levels: c.levels })),
      columns: columns.filter((c) => used.has(c.name)).map(toColumnInfo),
      // "Customers who ... ." -> "customers who ...", to sit inside a sentence.
      description: whoSentence(group.conditions)
        .replace(/^Customers/, 'customers')
        .replace(/\.$/, ''),
      // Only what the words are written from (not the English texts the group carries).
      described: group.conditions.map(({ feature, label, kind, unit, phrasing, positiveLabel, min, max, levels }) => ({
        feature,
        label,
        kind,
        unit,
        phrasing,
        positiveLabel,
        min,
        max,
        levels,
      })),
    };
  } catch (err) {
    // The segments are still worth having; the briefs just say nothing about the group.
    logger.warn({ err, modelId: featured.id }, 'target group for segments unavailable');
    return null;
  }
}
