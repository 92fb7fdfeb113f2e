import type { ConditionInput } from '../graphql/target-group-operations';
import { cleanMessage, MESSAGES } from './errors';

/**
 * The audience export (GET /api/models/{id}/audience.csv): always sent with the conditions
 * on show, so the file holds exactly the customers the page counts — edited or not.
 */
export function audienceUrl(modelId: string, conditions: readonly ConditionInput[]): string {
  const params = new URLSearchParams({
    conditions: JSON.stringify(conditions.map((c) => ({ feature: c.feature, min: c.min, max: c.max, levels: c.levels }))),
  });
  return `/api/models/${encodeURIComponent(modelId)}/audience.csv?${params.toString()}`;
}

/** The file name the server suggests (Content-Disposition), else the fallback. */
export function downloadName(contentDisposition: string | null, fallback: string): string {
  const match = contentDisposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition) : null;
  const name = match?.[1] ? decodeURIComponent(match[1].trim()) : '';
  return /^[\w.\- ]+$/.test(name) ? name : fallback;
}

const STATUS: Record<number, string> = {
  401: MESSAGES.unauthenticated,
  403: MESSAGES.forbidden,
  404: 'This model no longer exists. Reload the page to see the current models.',
};

/** A failed export's answer ({error: {message}} or anything else) as a sentence to show. */
export function exportError(status: number, body: string): string {
  let message: unknown;
  try {
    message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
  } catch {
    message = undefined;
  }
  if (status === 0) return MESSAGES.network;
  if (status >= 500) return MESSAGES.internal;
  if (typeof message === 'string' && message.trim()) return cleanMessage(message);
  return STATUS[status] ?? MESSAGES.unknown;
}

/** Data rows of a CSV text (the header not counted). */
export function csvRowCount(text: string): number {
  return Math.max(0, text.split(/\r?\n/).filter((line) => line.length > 0).length - 1);
}
