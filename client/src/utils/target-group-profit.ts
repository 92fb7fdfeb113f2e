import type { CampaignMoney, ProfitPoint } from '../graphql/target-group-operations';
import { t } from '../i18n';
import { formatMoney, readNumber } from './format';

/**
 * What a campaign is worth, for the budget the user types. The server's profit curve gives,
 * for each k = 1..100 % of customers contacted best-predicted first, how many were contacted
 * and how many of them responded; cost, revenue and profit follow from those counts for any
 * cost per contact and value per response, so the figures move as the user types.
 */
export interface Budget {
  costPerContact: number;
  valuePerResponse: number;
  /** Most customers that can be contacted; null: no limit. */
  capacity: number | null;
}

export interface CampaignFigures {
  contacted: number;
  responders: number;
  cost: number;
  revenue: number;
  profit: number;
}

export function campaignFigures(
  contacted: number,
  responders: number,
  budget: Pick<Budget, 'costPerContact' | 'valuePerResponse'>,
): CampaignFigures {
  const cost = contacted * budget.costPerContact;
  const revenue = responders * budget.valuePerResponse;
  return { contacted, responders, cost, revenue, profit: revenue - cost };
}

/** The curve re-priced for a budget, capacity applied. */
export function pricedCurve(curve: readonly ProfitPoint[], budget: Budget): ProfitPoint[] {
  return curve.map((point) => ({
    ...point,
    profit: campaignFigures(point.contacted, point.responders, budget).profit,
    withinCapacity: budget.capacity === null || point.contacted <= budget.capacity,
  }));
}

/** The most profitable list within capacity (the smallest k on ties); null when none fits. */
export function bestPoint(curve: readonly ProfitPoint[]): ProfitPoint | null {
  let best: ProfitPoint | null = null;
  for (const point of curve) if (point.withinCapacity && point.contacted > 0 && (best === null || point.profit > best.profit)) best = point;
  return best;
}

export interface ProfitSummary {
  best: (CampaignFigures & { k: number }) | null;
  group: CampaignFigures;
  everyone: CampaignFigures | null;
  curve: ProfitPoint[];
  /** The group has more customers than can be contacted. */
  groupOverCapacity: boolean;
}

/** Best k %, the described (or edited) group and everyone, for one budget. */
export function profitSummary(
  curve: readonly ProfitPoint[],
  group: { matchedCustomers: number; responders: number },
  budget: Budget,
): ProfitSummary {
  const priced = pricedCurve(curve, budget);
  const best = bestPoint(priced);
  const all = priced.at(-1);
  return {
    best: best ? { k: best.k, ...campaignFigures(best.contacted, best.responders, budget) } : null,
    group: campaignFigures(group.matchedCustomers, group.responders, budget),
    everyone: all && all.k === 100 ? campaignFigures(all.contacted, all.responders, budget) : null,
    curve: priced,
    groupOverCapacity: budget.capacity !== null && group.matchedCustomers > budget.capacity,
  };
}

/** The budget the server priced with, as the inputs' starting values. */
export function budgetFromMoney(money: Pick<CampaignMoney, 'costPerContact' | 'valuePerResponse'> | null): {
  costPerContact: number | null;
  valuePerResponse: number | null;
} {
  return { costPerContact: money?.costPerContact ?? null, valuePerResponse: money?.valuePerResponse ?? null };
}

/** An amount input's value, read in the reader's language ("2,5" in Polish): empty -> null; negative or unreadable -> NaN. */
export function readAmount(value: string | number | null | undefined, locale?: string): number | null {
  if (value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : readNumber(value, locale);
  if (number === null) return null;
  return Number.isFinite(number) && number >= 0 ? number : Number.NaN;
}

/** A capacity input's value: empty -> null (no limit); below 1 or not whole -> NaN. */
export function readCapacity(value: string | number | null | undefined, locale?: string): number | null {
  const number = readAmount(value, locale);
  if (number === null || Number.isNaN(number)) return number;
  return Number.isInteger(number) && number >= 1 ? number : Number.NaN;
}

export interface TypedBudget {
  costPerContact: number | null;
  valuePerResponse: number | null;
  capacity: number | null;
}

/** The budget inputs as numbers: empty -> null, unreadable -> NaN (see budgetProblem). */
export function readBudget(inputs: { cost: string; value: string; capacity: string }): TypedBudget {
  return { costPerContact: readAmount(inputs.cost), valuePerResponse: readAmount(inputs.value), capacity: readCapacity(inputs.capacity) };
}

/** What is wrong with the typed budget, in a sentence; null when it can be used. */
export function budgetProblem(budget: TypedBudget): string | null {
  if (Number.isNaN(budget.costPerContact)) return t('targetGroup.profit.problemCost');
  if (Number.isNaN(budget.valuePerResponse)) return t('targetGroup.profit.problemValue');
  if (Number.isNaN(budget.capacity)) return t('targetGroup.profit.problemCapacity');
  return null;
}

/** 404 -> "404", -3046 -> "−3,046", 2.5 -> "2.50": money by the shared rules, with the dataset's currency when set. */
export function formatAmount(value: number, currency?: string | null): string {
  if (!Number.isFinite(value)) return '—';
  const text = formatMoney(Math.abs(value), currency);
  return value < 0 && text !== '0' ? `−${text}` : text;
}

/** "earns about €404", "loses about 3,046", "breaks even": with the dataset's currency when set. */
export function outcomeText(profit: number, currency?: string | null): string {
  if (Math.abs(profit) < 0.5) return t('targetGroup.profit.even');
  return profit > 0
    ? t('targetGroup.profit.earns', { amount: formatAmount(profit, currency) })
    : t('targetGroup.profit.loses', { amount: formatAmount(-profit, currency) });
}
