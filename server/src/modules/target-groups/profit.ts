/**
 * What a campaign is worth: contacting the top k % of customers by predicted probability
 * (k = 1..100), each contact costing `costPerContact` and each response bringing
 * `valuePerResponse`, counted on observed responses.
 */

export interface ProfitOptions {
  costPerContact: number;
  valuePerResponse: number;
  /** Most customers that can be contacted; larger k are reported but never chosen as best. */
  capacity?: number;
  /** Rows to use (1 = use); default all. Held-out rows give the honest curve. */
  rows?: Uint8Array;
}

export interface ProfitPoint {
  /** Percentage of the customers contacted. */
  k: number;
  contacted: number;
  responders: number;
  profit: number;
  withinCapacity: boolean;
}

export interface ProfitCurve {
  points: ProfitPoint[];
  best: ProfitPoint | null;
  /** Contacting every customer. */
  everyone: { contacted: number; responders: number; profit: number };
  rowsUsed: number;
}

export function validateMoney(options: { costPerContact: number; valuePerResponse: number; capacity?: number }): void {
  if (!(options.costPerContact >= 0) || !Number.isFinite(options.costPerContact)) {
    throw new Error(`costPerContact must be a finite number >= 0, got ${options.costPerContact}.`);
  }
  if (!(options.valuePerResponse >= 0) || !Number.isFinite(options.valuePerResponse)) {
    throw new Error(`valuePerResponse must be a finite number >= 0, got ${options.valuePerResponse}.`);
  }
  if (options.capacity !== undefined && !(options.capacity >= 1))
    throw new Error(`capacity must be at least 1 customer, got ${options.capacity}.`);
}

export function campaignProfit(contacted: number, responders: number, costPerContact: number, valuePerResponse: number): number {
  return responders * valuePerResponse - contacted * costPerContact;
}

export function profitCurve(predicted: Float64Array, target: Uint8Array, options: ProfitOptions): ProfitCurve {
  validateMoney(options);
  if (predicted.length !== target.length) throw new Error(`profitCurve: ${predicted.length} predictions for ${target.length} targets.`);
  const rows: number[] = [];
  for (let i = 0; i < target.length; i++) if ((!options.rows || options.rows[i]) && !Number.isNaN(predicted[i])) rows.push(i);
  // Highest probability first; ties by row order so the curve is reproducible.
  rows.sort((a, b) => predicted[b] - predicted[a] || a - b);
  const n = rows.length;
  const cumulative = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) cumulative[r + 1] = cumulative[r] + target[rows[r]];
  const { costPerContact: cost, valuePerResponse: value } = options;
  const capacity = options.capacity ?? Infinity;
  const points: ProfitPoint[] = [];
  for (let k = 1; k <= 100; k++) {
    const contacted = Math.ceil((k * n) / 100);
    const responders = cumulative[contacted];
    points.push({
      k,
      contacted,
      responders,
      profit: campaignProfit(contacted, responders, cost, value),
      withinCapacity: contacted <= capacity,
    });
  }
  let best: ProfitPoint | null = null;
  for (const p of points) if (p.withinCapacity && p.contacted > 0 && (best === null || p.profit > best.profit)) best = p;
  const everyone = { contacted: n, responders: cumulative[n], profit: campaignProfit(n, cumulative[n], cost, value) };
  return { points, best, everyone, rowsUsed: n };
}
