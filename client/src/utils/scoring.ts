import type { GainPoint, Scoring } from '../graphql/scoring-operations';
import type { ProfitPoint } from '../graphql/target-group-operations';
import { countText, t } from '../i18n';
import { intlLocale } from '../i18n/locale';
import { formatBytes, formatPercent } from './format';
import { bestPoint, campaignFigures, pricedCurve, type CampaignFigures } from './target-group-profit';

/**
 * The Score a list page's words and figures: the progress bar of an upload and its job, the
 * warnings a scored list carries, what contacting its top k % is worth (priced on the Target
 * group page's curve helpers) and the download's address.
 */

// ---- progress -------------------------------------------------------------------------

export type ScoringStage = 'idle' | 'sending' | 'scoring' | 'succeeded' | 'failed' | 'cancelled';

export interface ScoringProgressInput {
  stage: ScoringStage;
  bytesSent: number;
  bytesTotal: number;
  scoring: Pick<Scoring, 'status' | 'phase' | 'progress' | 'rowsScored'> | null;
}

export interface ProgressView {
  /** 0..1, or null while the end is unknown. */
  fraction: number | null;
  label: string;
  detail: string;
}

/** Sending the file fills the first fifth of the bar; the job (reading, then scoring with reasons) the rest. */
const SEND_SHARE = 0.2;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function scoringProgress({ stage, bytesSent, bytesTotal, scoring }: ScoringProgressInput): ProgressView {
  switch (stage) {
    case 'idle':
      return { fraction: 0, label: '', detail: '' };
    case 'sending': {
      const sent = bytesTotal > 0 ? clamp01(bytesSent / bytesTotal) : 0;
      return {
        fraction: sent * SEND_SHARE,
        label: t('scoring.progress.sending', { percent: Math.floor(sent * 100) }),
        detail: t('scoring.progress.bytes', { sent: formatBytes(bytesSent), total: formatBytes(bytesTotal) }),
      };
    }
    case 'scoring': {
      const job = clamp01(scoring?.progress ?? 0);
      const fraction = SEND_SHARE + (1 - SEND_SHARE) * Math.min(job, 0.99);
      if (!scoring || scoring.status === 'QUEUED' || scoring.phase === 'UPLOADED')
        return { fraction: SEND_SHARE, label: t('scoring.progress.queued'), detail: '' };
      if (scoring.phase === 'READING') return { fraction, label: t('scoring.progress.reading'), detail: '' };
      return {
        fraction,
        label: t('scoring.progress.scoring'),
        detail: scoring.rowsScored > 0 ? countText('scoring.progress.scoredSoFar', scoring.rowsScored) : '',
      };
    }
    case 'succeeded':
      return { fraction: 1, label: t('scoring.progress.done'), detail: scoring ? countText('common.customers', scoring.rowsScored) : '' };
    case 'failed':
      return { fraction: 1, label: t('scoring.progress.failed'), detail: '' };
    case 'cancelled':
      return { fraction: 0, label: t('scoring.progress.cancelled'), detail: '' };
  }
}

export function isScoringFinished(status: Scoring['status']): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}

// ---- warnings -------------------------------------------------------------------------

export interface ScoringWarning {
  key: string;
  text: string;
}

/** "Income", "Income and Kids" — the active language's list. */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

const quoted = (examples: readonly string[]) => listOf(examples.slice(0, 3).map((e) => `“${e}”`));

/**
 * What the page says about a scored list, one sentence each: columns not used, values the
 * model handled as missing or unseen (counts and examples), rows left out (count; their lines
 * are listed apart).
 */
export function scoringWarnings(scoring: Pick<Scoring, 'ignoredColumns' | 'replacedValues' | 'rowsRejected'>): ScoringWarning[] {
  const warnings: ScoringWarning[] = [];
  const ignored = scoring.ignoredColumns;
  if (ignored.length > 0)
    warnings.push({
      key: 'ignored',
      text: t('scoring.warnings.ignored', { columns: listOf(ignored.map((c) => `“${c}”`)) }, ignored.length),
    });
  for (const replaced of scoring.replacedValues) {
    const examples = replaced.examples.length > 0 ? ` ${t('scoring.warnings.examples', { examples: quoted(replaced.examples) })}` : '';
    if (replaced.wrongKind > 0)
      warnings.push({
        key: `wrong-${replaced.column}`,
        text: countText('scoring.warnings.wrongKind', replaced.wrongKind, { label: replaced.label }) + examples,
      });
    if (replaced.unseen > 0)
      warnings.push({
        key: `unseen-${replaced.column}`,
        text: countText('scoring.warnings.unseen', replaced.unseen, { label: replaced.label }) + examples,
      });
  }
  if (scoring.rowsRejected > 0) warnings.push({ key: 'rejected', text: countText('scoring.warnings.rejected', scoring.rowsRejected) });
  return warnings;
}

// ---- what contacting the top k % is worth ----------------------------------------------

export interface ListProfit {
  curve: ProfitPoint[];
  chosen: CampaignFigures & { k: number };
  best: (CampaignFigures & { k: number }) | null;
  everyone: CampaignFigures;
}

/** The list's gains (k = 0..100 %) as the Target group page's curve: k = 1..100, expected responders. */
export function gainsCurve(gains: readonly GainPoint[]): ProfitPoint[] {
  return gains
    .filter((g) => g.percent >= 1)
    .map((g) => ({ k: g.percent, contacted: g.customers, responders: g.expectedResponders, profit: 0, withinCapacity: true }));
}

/** Expected responders, cost, revenue and profit of the top `k` %, the most profitable k (null when none earns) and everyone. */
export function listProfit(
  gains: readonly GainPoint[],
  budget: { costPerContact: number; valuePerResponse: number },
  k: number,
): ListProfit | null {
  const curve = pricedCurve(gainsCurve(gains), { ...budget, capacity: null });
  const all = curve.at(-1);
  if (!all) return null;
  const chosenPoint = curve.find((p) => p.k === k) ?? all;
  // The most profitable k only when it earns: a list no part of which pays has none.
  const most = bestPoint(curve);
  const best = most && most.profit > 0 ? most : null;
  const figures = (p: ProfitPoint) => ({ k: p.k, ...campaignFigures(p.contacted, p.responders, budget) });
  return {
    curve,
    chosen: figures(chosenPoint),
    best: best ? figures(best) : null,
    everyone: campaignFigures(all.contacted, all.responders, budget),
  };
}

/** "Top 10%" — a whole percentage of the list. */
export function topText(k: number): string {
  return t('scoring.profit.top', { percent: formatPercent(k / 100, 0) });
}

// ---- download -------------------------------------------------------------------------

/**
 * The scored list's file (GET /api/scorings/{id}/scores.csv, http.md). The contract's route
 * has no parameter for a part of the list; the server also takes `?top=k` (the best-rated k %,
 * still in file order), which this sends for k < 100.
 */
export function scoresUrl(scoringId: string, topPercent = 100): string {
  const base = `/api/scorings/${encodeURIComponent(scoringId)}/scores.csv`;
  return topPercent >= 100 ? base : `${base}?top=${Math.max(1, Math.round(topPercent))}`;
}

/** "new-customers-scored-top-10-percent.csv" when the server names none. */
export function scoresFileName(fileName: string | null, topPercent: number): string {
  const base = (fileName ?? 'list').replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '-') || 'list';
  return `${base}-scored${topPercent >= 100 ? '' : `-top-${topPercent}-percent`}.csv`;
}
