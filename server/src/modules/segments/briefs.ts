/**
 * A short, templated message brief per segment: the tone to take, what they buy, where they
 * buy it, and which past offers worked for them. Plain text that users edit afterwards;
 * lines whose data the dataset lacks (no spend or channel columns) are left out.
 */
import { isCategorical, type FeatureTable, type NumericFeature } from '../training/data/feature-table.js';
import type { CampaignOutcome } from './profiles.js';
import { formatPercent } from '../../common/format.js';
import { message } from '../phrasing/phrase.js';
import { phraseIn } from '../phrasing/lexicon.js';
import { formatPercentIn, joinAndIn } from '../phrasing/locale-format.js';
import { formatShare } from '../../domain/number-format.js';
import { INTL_TAGS, type Locale } from '../phrasing/locale.js';
import { levelOf, type RfmPosition } from './naming.js';
import { labelOf, type ColumnWords } from './segment-text.js';
import { MIN_SEGMENT_FOR_ADVICE } from './choice-reasons.js';

/** What a brief says, as figures: worked out once from the customers, written in words per reader (renderBrief). */
export interface BriefFacts {
  position: RfmPosition;
  /** Spend per product column: the segment's shares and everyone's (columns in the table's order). */
  products: { columns: string[]; segment: number[]; all: number[] } | null;
  /** The channel they buy through most, its share of their purchases, and how they buy on discount against everyone. */
  channel: { column: string; share: number; deals: 'more' | 'fewer' | 'same' } | null;
  size: number;
  campaigns: CampaignOutcome[];
  overallCampaigns: CampaignOutcome[];
  /** How many of the segment's customers are in the featured model's target group. */
  targetGroup: { customers: number; size: number } | null;
}

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
  targetGroup?: { customers: number; size: number };
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
  return phraseIn(m ? m[1].toLowerCase() : humanise(name), words?.locale ?? 'en');
}

/** "Purchases in stores" -> "in stores"; without such a label, "via store". */
function channelName(name: string, words?: ColumnWords): string {
  const m = /^purchases?\s+((?:on|in|from|via|through|at|by|over)\s.+)$/i.exec(labelOf(words, name));
  return phraseIn(m ? m[1].charAt(0).toLowerCase() + m[1].slice(1) : `via ${humanise(name)}`, words?.locale ?? 'en');
}

/** "Accepted campaign 2" -> "campaign 2", "Accepted the last campaign" -> "the last campaign"; else the label quoted. */
function campaignName(column: string, words?: ColumnWords): string {
  const label = labelOf(words, column);
  const m = /^accepted\s+(.+)$/i.exec(label);
  return m ? phraseIn(m[1], words?.locale ?? 'en') : `“${label}”`;
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

/** Whole percentages for shares of spend and purchases: "48%" (domain/number-format.ts). */
const pct = (x: number, locale: Locale) => formatShare(x, 0, INTL_TAGS[locale]);

function toneLine(p: RfmPosition, locale: Locale): string {
  const r = levelOf(p.recency);
  const f = levelOf(p.frequency);
  const m = levelOf(p.monetary);
  const tone =
    m === 'high' && r === 'high'
      ? 'winBackValued'
      : m === 'high'
        ? 'premium'
        : r === 'high'
          ? 'winBack'
          : m === 'low' || f === 'low'
            ? 'value'
            : r === 'low'
              ? 'timely'
              : 'informative';
  return message('brief.tone', { tone }, locale);
}

/** A share of spend clearly above everyone's: 1.2 times as high and 2 points more. */
const favoured = (segment: number, all: number) => segment >= all * 1.2 && segment - all >= 0.02;

function productFacts(input: BriefInput): BriefFacts['products'] {
  const columns = numeric(input.table, PRODUCT);
  if (columns.length === 0) return null;
  return {
    columns: columns.map((c) => c.name),
    segment: shares(columns, input.labels, input.segment),
    all: shares(columns, input.labels, null),
  };
}

function productLine(facts: BriefFacts, words: ColumnWords | undefined, locale: Locale): string | null {
  if (!facts.products) return null;
  const { columns, segment: seg, all } = facts.products;
  const order = seg.map((_, i) => i).sort((a, b) => seg[b] - seg[a]);
  if (!(seg[order[0]] > 0)) return null;
  const product = (i: number) => productName(columns[i], words);
  // Products they buy more of than everyone else, by how much more; else what they buy most, like everyone.
  const above = order.filter((i) => favoured(seg[i], all[i])).sort((a, b) => seg[b] / all[b] - seg[a] / all[a]);
  if (above.length > 0) {
    const list = above
      .slice(0, 2)
      .map((i) => message('brief.product', { product: product(i), share: pct(seg[i], locale), all: pct(all[i], locale) }, locale));
    return message('brief.products', { list: joinAndIn(list, locale) }, locale);
  }
  const list = order.slice(0, 2).map((i) => message('brief.productShare', { product: product(i), share: pct(seg[i], locale) }, locale));
  return message('brief.productsLikeAll', { list: joinAndIn(list, locale) }, locale);
}

function channelFacts(input: BriefInput): BriefFacts['channel'] {
  const channels = numeric(input.table, CHANNEL);
  if (channels.length === 0) return null;
  const seg = shares(channels, input.labels, input.segment);
  const best = seg.indexOf(Math.max(...seg));
  if (!(seg[best] > 0)) return null;
  let deals: 'more' | 'fewer' | 'same' = 'same';
  const dealColumns = numeric(input.table, DEALS);
  if (dealColumns.length > 0) {
    // Deal purchases as a share of channel purchases, segment vs everyone.
    const withDeals = [...channels, dealColumns[0]];
    const segDeals = shares(withDeals, input.labels, input.segment).at(-1)!;
    const allDeals = shares(withDeals, input.labels, null).at(-1)!;
    if (segDeals > allDeals * 1.2) deals = 'more';
    else if (segDeals < allDeals * 0.8) deals = 'fewer';
  }
  return { column: channels[best].name, share: seg[best], deals };
}

function channelLine(facts: BriefFacts, words: ColumnWords | undefined, locale: Locale): string | null {
  const c = facts.channel;
  if (!c) return null;
  return message('brief.channel', { channel: channelName(c.column, words), share: pct(c.share, locale), deals: c.deals }, locale);
}

/** A campaign "worked" for a segment when its rate is 1.2 times the overall rate and at least a point higher. */
export function workedBetter(rate: number, overall: number): boolean {
  return rate >= overall * 1.2 && rate - overall >= 0.01 && formatPercent(rate) !== formatPercent(overall);
}

function offerLine(facts: BriefFacts, words: ColumnWords | undefined, locale: Locale): string | null {
  if (facts.campaigns.length === 0) return null;
  // Under 30 customers a response rate says too little: no advice built on it.
  if (facts.size < MIN_SEGMENT_FOR_ADVICE) return message('brief.offerTooFew', { size: facts.size }, locale);
  const rows = facts.campaigns.map((c, i) => ({ c, overall: facts.overallCampaigns[i] })).filter((x) => x.c.total > 0);
  if (rows.length === 0) return null;
  const name = (column: string) => campaignName(column, words);
  const percent = (x: number) => formatPercentIn(x, locale);
  rows.sort((a, b) => b.c.rate / Math.max(b.overall.rate, 1e-9) - a.c.rate / Math.max(a.overall.rate, 1e-9));
  const worked = rows.filter((x) => x.c.responded > 0 && workedBetter(x.c.rate, x.overall.rate)).slice(0, 2);
  if (worked.length === 0) {
    const best = rows.reduce((a, b) => (b.c.rate > a.c.rate ? b : a));
    return message(
      'brief.offerNone',
      {
        campaign: name(best.c.column),
        rate: percent(best.c.rate),
        overall: percent(best.overall.rate),
        same: formatPercent(best.c.rate) === formatPercent(best.overall.rate) ? 'yes' : 'no',
      },
      locale,
    );
  }
  const list = worked.map((x, i) =>
    message(
      i === 0 ? 'brief.offerFirst' : 'brief.offerNext',
      { campaign: name(x.c.column), rate: percent(x.c.rate), overall: percent(x.overall.rate) },
      locale,
    ),
  );
  return message('brief.offerWorked', { list: joinAndIn(list, locale) }, locale);
}

/** Where the segment overlaps the featured model's target group (nothing when there is none). */
function targetGroupLine(facts: BriefFacts, description: string | null, locale: Locale): string | null {
  const g = facts.targetGroup;
  if (!g || description === null) return null;
  const where = message('brief.targetWhere', { description }, locale);
  if (g.customers === 0) return message('brief.targetNone', { where }, locale);
  if (g.customers >= g.size) return message('brief.targetAll', { customers: g.customers, where }, locale);
  const share = g.customers / g.size;
  return message(
    share >= 0.5 ? 'brief.targetMost' : 'brief.targetSome',
    { customers: g.customers, share: pct(share, locale), where },
    locale,
  );
}

/** The figures a segment's brief is written from (the only part that reads the customers). */
export function briefFacts(input: BriefInput): BriefFacts {
  let size = 0;
  for (const l of input.labels) if (l === input.segment) size++;
  return {
    position: input.position,
    products: productFacts(input),
    channel: channelFacts(input),
    size,
    campaigns: input.campaigns,
    overallCampaigns: input.overallCampaigns,
    targetGroup: input.targetGroup ?? null,
  };
}

/**
 * The brief in the reader's language (words.locale): tone, products, channel, offers, and the
 * overlap with the target group described as `targetGroup` ("customers who ...", in that language).
 */
export function renderBrief(facts: BriefFacts, words?: ColumnWords, targetGroup: string | null = null): string {
  const locale = words?.locale ?? 'en';
  return [
    toneLine(facts.position, locale),
    productLine(facts, words, locale),
    channelLine(facts, words, locale),
    offerLine(facts, words, locale),
    targetGroupLine(facts, targetGroup, locale),
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}

export function writeBrief(input: BriefInput & { targetGroupDescription?: string | null }): string {
  return renderBrief(briefFacts(input), input.words, input.targetGroupDescription ?? null);
}
