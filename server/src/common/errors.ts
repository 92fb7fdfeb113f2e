import { GraphQLError } from 'graphql';

/**
 * Errors meant for people. Each has a code clients can act on and a message a marketer
 * understands, written from a catalogue message (`error.*` in messages-{en,es,pl,ru}.ts, raised with the
 * helpers of modules/phrasing/user-errors.ts) so it leaves in the reader's language
 * (graphql/language-plugin.ts, the HTTP error handler). The English text is the error's own
 * message (logs, tests). Anything else thrown is logged in full
 * and reported to the client as a generic INTERNAL_SERVER_ERROR without details.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'TOO_MANY_REQUESTS';

const httpStatus: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
};

/** A message for a person: a catalogue key (MessageKey) and its values. */
export interface UserMessage {
  key: string;
  params?: Record<string, string | number>;
}

export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  readonly status: number;
  /** What the message says, to write it in the reader's language. */
  readonly userMessage: UserMessage;
  constructor(code: ErrorCode, english: string, what: UserMessage) {
    super(english, { extensions: { code } });
    this.code = code;
    this.status = httpStatus[code];
    this.userMessage = what;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
