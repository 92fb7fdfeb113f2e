/** Target-group conditions as the server sends them, shared by the target-group client specs. */
import type { TargetGroup } from '../../../client/src/graphql/target-group-operations';

type Condition = TargetGroup['conditions'][number];

export const RECENCY: Condition = {
  feature: 'Recency',
  label: 'Days since last purchase',
  min: null,
  max: 30,
  levels: null,
  text: 'have bought within the last 30 days',
  clause: 'who have bought within the last 30 days',
};

export const INCOME: Condition = {
  feature: 'Income',
  label: 'Yearly household income',
  min: 60000,
  max: null,
  levels: null,
  text: 'earn at least 60,000 a year',
  clause: 'who earn at least 60,000 a year',
};

export const EDUCATION: Condition = {
  feature: 'Education',
  label: 'Education',
  min: null,
  max: null,
  levels: ['PhD', 'Master'],
  text: 'have a PhD or a Master',
  clause: 'who have a PhD or a Master',
};
