/**
 * A short, templated message brief per segment: the tone to take, what they buy, where they
 * buy it, and which past offers worked for them. Plain text that users edit afterwards;
 * lines whose data the dataset lacks (no spend or channel columns) are left out.
 */
import { isCategorical, type FeatureTable, type NumericFeature } from '../training/data/feature-table.js';
import type { CampaignOutcome } from './profiles.js';
import { formatCount, formatPercent } from '../../common/format.js';
import { levelOf, type RfmPosition } from './naming.js';
import { labelOf, type ColumnWords } from './segment-text.js';
import { MIN_SEGMENT_FOR_ADVICE } from './choice-reasons.js';

export interface BriefInput {
  table: FeatureTable;
  labels: Int32Array;
  segment: number;
  position: RfmPosition;
  /** This segment's row of the campaign heatmap, and the same columns over all customers. */
  campaigns: CampaignOutcome[];
  overallCampaigns: CampaignOutcome[];
  /** Column labels: "Amount spent on meat" -> "meat", "Purchases from the catalogue" -> "from the catalogue". */
  words?: ColumnWords;
  /** How many of the segment's customers are in the featured model's target group, described in words. */
  targetGroup?: { customers: number; size: number; description: string };
}

const PRODUCT = /^mnt/i;
const CHANNEL = /^num(?!.*deal)(.*)purchases?$/i;
const DEALS = /^num.*deals?.*purchases?$/i;

function numeric(table: FeatureTable, test: RegExp): NumericFeature[] {
  return table.features.filter((f): f is NumericFeature => !isCategorical(f) && test.test(f.name));
}

/** `MntMeatProducts` -> "meat", `NumCatalogPurchases` -> "catalog". */
export function humanise(name: string): string {
  const core = name
    .replace(/^(mnt|num)/i, '')
    .replace(/(products?|prods?|purchases?)$/i, '')
    .replace(/_/g, ' ');
  return (core || name)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
}

/** "Amount spent on gold products" -> "gold products"; without such a label, from the name. */
function productName(name: string, words?: ColumnWords): string {
  const m = /^amount spent on\s+(.+)$/i.exec(labelOf(words, name));
  return m ? m[1].toLowerCase() : humanise(name);
}

/** "Purchases in stores" -> "in stores"; without such a label, "via store". */
function channelName(name: string, words?: ColumnWords): string {
  const m = /^purchases?\s+((?:on|in|from|via|through|at|by|over)\s.+)$/i.exec(labelOf(words, name));
  return m ? m[1].charAt(0).toLowerCase() + m[1].slice(1) : `via ${humanise(name)}`;
}

/** "Accepted campaign 2" -> "campaign 2", "Accepted the last campaign" -> "the last campaign"; else the label quoted. */
function campaignName(column: string, words?: ColumnWords): string {
  const label = labelOf(words, column);
  const m = /^accepted\s+(.+)$/i.exec(label);
  return m ? m[1] : `“${label}”`;
}

/** Share of each column in the total over `rows` (or all rows), missing values skipped. */
function shares(columns: NumericFeature[], labels: Int32Array, segment: number | null): number[] {
  const totals = columns.map((c) => {
    let sum = 0;
    for (let i = 0; i < labels.length; i++) {
      if (segment !== null && labels[i] !== segment) continue;
      const v = c.values[i];
      if (!Number.isNaN(v)) sum += v;
    }
    return sum;
  });
  const all = totals.reduce((a, b) => a + b, 0);
  return totals.map((t) => (all > 0 ? t / all : 0));
}

/** Whole percentages for shares of spend and purchases: "48 %". */
const pct = (x: number) => (x > 0 && x < 0.005 ? 'under 1 %' : `${Math.round(x * 100)} %`);

function toneLine(p: RfmPosition): string {
  const r = levelOf(p.recency);
  const f = levelOf(p.frequency);
  const m = levelOf(p.monetary);
  if (m === 'high' && r === 'high')
    return 'Tone: personal win-back for valued customers: recognise their past loyalty, invite them back with something exclusive.';
  if (m === 'high') return 'Tone: premium and appreciative: thank them, lead with quality, novelty and exclusivity rather than price.';
  if (r === 'high') return 'Tone: warm win-back: remind them what they liked and give one clear reason to come back now.';
  if (m === 'low' || f === 'low')
    return 'Tone: simple and value-focused: lead with price, practical benefits and a low-commitment first step.';
  if (r === 'low') return 'Tone: friendly and timely: build on their recent purchase with a relevant next step.';
  return 'Tone: friendly and informative: highlight what is new and useful for them.';
}

function productLine(input: BriefInput): string | null {
  const columns = numeric(input.table, PRODUCT);
  if (columns.length === 0) return null;
  const seg = shares(columns, input.labels, input.segment);
  const all = shares(columns, input.labels, null);
  const order = seg.map((_, i) => i).sort((a, b) => seg[b] - seg[a]);
  if (seg[order[0]] === 0) return null;
  const top = order
    .slice(0, 2)
    .map((i) => `${productName(columns[i].name, input.words)} (${pct(seg[i])} of their spend, ${pct(all[i])} for all customers)`);
  return `Products they favour: ${top.join(' and ')}.`;
}

function channelLine(input: BriefInput): string | null {
  const channels = numeric(input.table, CHANNEL);
  if (channels.length === 0) return null;
  const seg = shares(channels, input.labels, input.segment);
  const best = seg.indexOf(Math.max(...seg));
  if (!(seg[best] > 0)) return null;
  let line = `Channel: they buy mostly ${channelName(channels[best].name, input.words)} (${pct(seg[best])} of their purchases); reach them there first.`;
  const deals = numeric(input.table, DEALS);
  if (deals.length > 0) {
    // Deal purchases as a share of channel purchases, segment vs everyone.
    const withDeals = [...channels, deals[0]];
    const segDeals = shares(withDeals, input.labels, input.segment).at(-1)!;
    const allDeals = shares(withDeals, input.labels, null).at(-1)!;
    if (segDeals > allDeals * 1.2) line += ' They buy on discount more than most: a deal will get attention.';
    else if (segDeals < allDeals * 0.8) line += ' They rarely buy on discount: do not lead with price cuts.';
  }
  return line;
}

/** A campaign "worked" for a segment when its rate is at least this many times the overall rate. */
const WORKED = 1.1;

function offerLine(input: BriefInput): string | null {
  if (input.campaigns.length === 0) return null;
  let size = 0;
  for (const l of input.labels) if (l === input.segment) size++;
  if (size < MIN_SEGMENT_FOR_ADVICE) {
    return `Offer: too few customers to tell (${size} in this segment) which past campaigns worked for them; treat them like the closest larger segment.`;
  }
  const rows = input.campaigns.map((c, i) => ({ c, overall: input.overallCampaigns[i] })).filter((x) => x.c.total > 0);
  if (rows.length === 0) return null;
  const name = (column: string) => campaignName(column, input.words);
  rows.sort((a, b) => b.c.rate / Math.max(b.overall.rate, 1e-9) - a.c.rate / Math.max(a.overall.rate, 1e-9));
  const worked = rows.filter((x) => x.c.rate >= x.overall.rate * WORKED && x.c.responded > 0).slice(0, 2);
  if (worked.length === 0) {
    const best = rows.reduce((a, b) => (b.c.rate > a.c.rate ? b : a));
    return `Offer: past campaigns worked no better for them than for others (best: ${name(best.c.column)}, ${formatPercent(best.c.rate)} accepted); test a new kind of offer on a small group first.`;
  }
  const list = worked.map(
    (x, i) =>
      `${name(x.c.column)} (${formatPercent(x.c.rate)}${i === 0 ? ' accepted' : ''} vs ${formatPercent(x.overall.rate)}${i === 0 ? ' overall' : ''})`,
  );
  return `Offer: reuse what worked for them: ${list.join(' and ')}.`;
}

/** Where the segment overlaps the featured model's target group (nothing when there is none). */
function targetGroupLine(input: BriefInput): string | null {
  const g = input.targetGroup;
  if (!g) return null;
  const where = `the target group described on the Target group page (${g.description})`;
  if (g.customers === 0) return `Target group: none of them are in ${where}; the next campaign's offer is not aimed at them.`;
  if (g.customers >= g.size)
    return `Target group: all ${formatCount(g.customers)} of them are in ${where}: lead with the next campaign's offer.`;
  const share = g.customers / g.size;
  const who = `${formatCount(g.customers)} of them (${pct(share)}) ${g.customers === 1 ? 'is' : 'are'} in ${where}`;
  if (share >= 0.5) return `Target group: ${who}: lead with the next campaign's offer.`;
  return `Target group: ${who}: lead with the next campaign's offer for ${g.customers === 1 ? 'that customer' : `those ${formatCount(g.customers)}`}; keep the message above for the rest.`;
}

export function writeBrief(input: BriefInput): string {
  return [toneLine(input.position), productLine(input), channelLine(input), offerLine(input), targetGroupLine(input)]
    .filter((l): l is string => l !== null)
    .join('\n');
}
