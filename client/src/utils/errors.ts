import { t, translatedLabels } from '../i18n';

/**
 * Turning failures into sentences for people. The server's GraphQL errors and upload errors
 * already carry messages written for marketers; anything else (network trouble, a proxy's
 * HTML page, an unexpected crash) gets a plain fallback — never raw JSON or a stack trace.
 */
// Getters: each read gives the sentence in the language active at that moment.
export const MESSAGES = translatedLabels('errors', ['network', 'internal', 'unauthenticated', 'forbidden', 'unknown']);

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

interface CombinedErrorLike {
  graphQLErrors: readonly GraphQLErrorLike[];
  networkError?: Error | null;
  response?: unknown;
}

function isCombinedErrorLike(error: unknown): error is CombinedErrorLike {
  return typeof error === 'object' && error !== null && Array.isArray((error as CombinedErrorLike).graphQLErrors);
}

function codeOf(error: GraphQLErrorLike): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The `extensions.code` of the first GraphQL error, when there is one. */
export function errorCode(error: unknown): string | undefined {
  if (!isCombinedErrorLike(error)) return undefined;
  for (const graphQLError of error.graphQLErrors) {
    const code = codeOf(graphQLError);
    if (code) return code;
  }
  const status = responseStatus(error.response);
  if (status === 401) return 'UNAUTHENTICATED';
  return undefined;
}

function responseStatus(response: unknown): number | undefined {
  if (typeof response === 'object' && response !== null && 'status' in response) {
    const status = (response as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

export function isUnauthenticated(error: unknown): boolean {
  return errorCode(error) === 'UNAUTHENTICATED';
}

/** A message fit to show: the server's own words when it chose them, else a fallback. */
export function errorMessage(error: unknown): string {
  if (error === null || error === undefined) return MESSAGES.unknown;
  if (isCombinedErrorLike(error)) {
    const first = error.graphQLErrors[0];
    if (first) {
      const code = codeOf(first);
      if (code === 'INTERNAL_SERVER_ERROR') return MESSAGES.internal;
      if (code === 'UNAUTHENTICATED') return cleanMessage(first.message || MESSAGES.unauthenticated);
      return cleanMessage(first.message);
    }
    if (error.networkError) {
      const status = responseStatus(error.response);
      if (status === 401) return MESSAGES.unauthenticated;
      if (status === 403) return MESSAGES.forbidden;
      if (status !== undefined && status >= 500) return MESSAGES.internal;
      return MESSAGES.network;
    }
    return MESSAGES.unknown;
  }
  if (error instanceof Error) return cleanMessage(error.message);
  if (typeof error === 'string') return cleanMessage(error);
  return MESSAGES.unknown;
}

/**
 * A message without a code prefix urql adds ("[GraphQL] ...", "[Network] ...") and never a
 * JSON blob or an overlong dump.
 */
export function cleanMessage(message: string): string {
  const trimmed = message.replace(/^\[(GraphQL|Network)\]\s*/, '').trim();
  if (!trimmed || /^[[{]/.test(trimmed) || trimmed.length > 400) return MESSAGES.unknown;
  return trimmed;
}

export type UploadAnswer = { ok: true; datasetId: string; importId: string } | { ok: false; status: number; code: string; message: string };

const STATUS_MESSAGES: Record<number, { code: string; key: string }> = {
  0: { code: 'NETWORK', key: 'errors.upload.network' },
  401: { code: 'UNAUTHENTICATED', key: 'errors.unauthenticated' },
  403: { code: 'FORBIDDEN', key: 'errors.upload.forbidden' },
  404: { code: 'NOT_FOUND', key: 'errors.upload.notFound' },
  413: { code: 'PAYLOAD_TOO_LARGE', key: 'errors.upload.tooLarge' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', key: 'errors.upload.notCsv' },
  503: { code: 'UNAVAILABLE', key: 'errors.upload.unavailable' },
};

/**
 * Reads the answer to an upload: 202 {datasetId, importId}, or 4xx/5xx with
 * {error: {code, message}} — or, from a proxy, something that is not JSON at all.
 */
export function parseUploadAnswer(status: number, body: string): UploadAnswer {
  const parsed = jsonOrUndefined(body);
  if (status >= 200 && status < 300) {
    const ids = parsed as { datasetId?: unknown; importId?: unknown } | undefined;
    if (ids && typeof ids.datasetId === 'string' && typeof ids.importId === 'string') {
      return { ok: true, datasetId: ids.datasetId, importId: ids.importId };
    }
    return {
      ok: false,
      status,
      code: 'BAD_RESPONSE',
      message: t('errors.upload.badResponse'),
    };
  }
  return uploadFailure(status, parsed);
}

function jsonOrUndefined(body: string): unknown {
  try {
    return body ? JSON.parse(body) : undefined;
  } catch {
    return undefined;
  }
}

/** A refused upload's answer (the server's {error: {code, message}}, else a sentence for its status). */
function uploadFailure(status: number, parsed: unknown): { ok: false; status: number; code: string; message: string } {
  const error = (parsed as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const known = STATUS_MESSAGES[status];
  const fallback = known
    ? { code: known.code, message: t(known.key) }
    : status >= 500
      ? { code: 'INTERNAL', message: MESSAGES.internal }
      : { code: 'UNKNOWN', message: MESSAGES.unknown };
  const code = typeof error?.code === 'string' ? error.code : fallback.code;
  const message = typeof error?.message === 'string' && error.message.trim() ? cleanMessage(error.message) : fallback.message;
  return { ok: false, status, code, message };
}

export type ScoringUploadAnswer = { ok: true; scoringId: string } | { ok: false; status: number; code: string; message: string };

/** Reads the answer to a list sent for scoring: 202 {scoringId}, else as an import's refusal. */
export function parseScoringAnswer(status: number, body: string): ScoringUploadAnswer {
  const parsed = jsonOrUndefined(body);
  if (status >= 200 && status < 300) {
    const id = (parsed as { scoringId?: unknown } | undefined)?.scoringId;
    if (typeof id === 'string') return { ok: true, scoringId: id };
    return { ok: false, status, code: 'BAD_RESPONSE', message: t('errors.upload.badResponse') };
  }
  return uploadFailure(status, parsed);
}
