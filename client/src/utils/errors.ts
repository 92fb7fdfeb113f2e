/**
 * Turning failures into sentences for people. The server's GraphQL errors and upload errors
 * already carry messages written for marketers; anything else (network trouble, a proxy's
 * HTML page, an unexpected crash) gets a plain fallback — never raw JSON or a stack trace.
 */
export const MESSAGES = {
  network: 'Cannot reach the server. Check your connection and try again.',
  internal: 'Something went wrong on the server. Please try again; if it keeps happening, tell your administrator.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  forbidden: 'Your role does not allow this. Ask an administrator for access.',
  unknown: 'Something went wrong. Please try again.',
} as const;

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

const STATUS_MESSAGES: Record<number, { code: string; message: string }> = {
  0: { code: 'NETWORK', message: 'The upload was interrupted before the server answered. Check your connection and try again.' },
  401: { code: 'UNAUTHENTICATED', message: MESSAGES.unauthenticated },
  403: { code: 'FORBIDDEN', message: 'Only importers and administrators can upload data.' },
  404: { code: 'NOT_FOUND', message: 'That dataset no longer exists. Pick another one or import a new file.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'The file is too large for this server.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This does not look like a CSV file.' },
  503: { code: 'UNAVAILABLE', message: 'The server is starting or stopping. Try again in a moment.' },
};

/**
 * Reads the answer to an upload: 202 {datasetId, importId}, or 4xx/5xx with
 * {error: {code, message}} — or, from a proxy, something that is not JSON at all.
 */
export function parseUploadAnswer(status: number, body: string): UploadAnswer {
  let parsed: unknown;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch {
    parsed = undefined;
  }
  if (status >= 200 && status < 300) {
    const ids = parsed as { datasetId?: unknown; importId?: unknown } | undefined;
    if (ids && typeof ids.datasetId === 'string' && typeof ids.importId === 'string') {
      return { ok: true, datasetId: ids.datasetId, importId: ids.importId };
    }
    return {
      ok: false,
      status,
      code: 'BAD_RESPONSE',
      message: 'The server accepted the file but gave an answer this page does not understand. Refresh the page to see the import.',
    };
  }
  const error = (parsed as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const fallback =
    STATUS_MESSAGES[status] ??
    (status >= 500 ? { code: 'INTERNAL', message: MESSAGES.internal } : { code: 'UNKNOWN', message: MESSAGES.unknown });
  const code = typeof error?.code === 'string' ? error.code : fallback.code;
  const message = typeof error?.message === 'string' && error.message.trim() ? cleanMessage(error.message) : fallback.message;
  return { ok: false, status, code, message };
}
