import { GraphQLError } from 'graphql';

/**
 * Errors meant for people. Each has a code clients can act on and a message a marketer
 * understands. Anything else thrown is logged in full and reported to the client as a
 * generic INTERNAL_SERVER_ERROR without details.
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

export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  readonly status: number;
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
    this.code = code;
    this.status = httpStatus[code];
  }
}

export const badInput = (message: string) => new AppError('BAD_USER_INPUT', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found. It may have been deleted.`);
export const forbidden = (message = 'Your role does not allow this. Ask an administrator for access.') =>
  new AppError('FORBIDDEN', message);
export const unauthenticated = (message = 'Please sign in to continue.') => new AppError('UNAUTHENTICATED', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
