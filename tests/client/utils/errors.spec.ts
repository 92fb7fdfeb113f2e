import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cleanMessage, errorCode, errorMessage, isUnauthenticated, MESSAGES, parseUploadAnswer } from '../../../client/src/utils/errors';

function graphQLFailure(message: string, code?: string): CombinedError {
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: code ? { code } : {} })] });
}

describe('errorMessage from urql CombinedError', () => {
  it('shows the server message meant for people, without urql prefixes', () => {
    const error = graphQLFailure('Email or password is not right.', 'UNAUTHENTICATED');
    expect(error.message).toContain('[GraphQL]');
    expect(errorMessage(error)).toBe('Email or password is not right.');
    expect(errorMessage(graphQLFailure('Only analysts can edit columns.', 'FORBIDDEN'))).toBe('Only analysts can edit columns.');
    expect(errorMessage(graphQLFailure('Models are not available yet in this version.', 'NOT_AVAILABLE_YET'))).toBe(
      'Models are not available yet in this version.',
    );
  });

  it('hides internal errors behind a plain sentence', () => {
    expect(errorMessage(graphQLFailure('TypeError: cannot read x of undefined', 'INTERNAL_SERVER_ERROR'))).toBe(MESSAGES.internal);
  });

  it('explains network failures by the HTTP status when there is one', () => {
    expect(errorMessage(new CombinedError({ networkError: new Error('Failed to fetch') }))).toBe(MESSAGES.network);
    const crashed = new CombinedError({ networkError: new Error('Bad gateway'), response: { status: 502 } });
    expect(errorMessage(crashed)).toBe(MESSAGES.internal);
    const unauthorised = new CombinedError({ networkError: new Error('401'), response: { status: 401 } });
    expect(errorMessage(unauthorised)).toBe(MESSAGES.unauthenticated);
    expect(isUnauthenticated(unauthorised)).toBe(true);
  });

  it('never shows raw JSON or empty text', () => {
    expect(errorMessage(new Error('{"errors":[{"message":"x"}]}'))).toBe(MESSAGES.unknown);
    expect(errorMessage(new Error('   '))).toBe(MESSAGES.unknown);
    expect(errorMessage(null)).toBe(MESSAGES.unknown);
    expect(errorMessage({ weird: true })).toBe(MESSAGES.unknown);
    expect(cleanMessage('[Network] Failed to fetch')).toBe('Failed to fetch');
  });

  it('reads the error code for routing decisions', () => {
    expect(errorCode(graphQLFailure('Please sign in to continue.', 'UNAUTHENTICATED'))).toBe('UNAUTHENTICATED');
    expect(isUnauthenticated(graphQLFailure('No', 'FORBIDDEN'))).toBe(false);
    expect(errorCode(new Error('plain'))).toBeUndefined();
  });
});

describe('parseUploadAnswer', () => {
  it('accepts 202 with both ids', () => {
    expect(parseUploadAnswer(202, '{"datasetId":"7","importId":"12"}')).toEqual({ ok: true, datasetId: '7', importId: '12' });
  });

  it('refuses a success answer without the ids', () => {
    const answer = parseUploadAnswer(202, '{"datasetId":7}');
    expect(answer.ok).toBe(false);
  });

  it('shows the server error message and code', () => {
    const answer = parseUploadAnswer(403, '{"error":{"code":"FORBIDDEN","message":"Only importers and administrators can upload data."}}');
    expect(answer).toEqual({ ok: false, status: 403, code: 'FORBIDDEN', message: 'Only importers and administrators can upload data.' });
  });

  it('falls back to a plain sentence when the body is not JSON (a proxy page, a dropped connection)', () => {
    const tooLarge = parseUploadAnswer(413, '<html><body>Request Entity Too Large</body></html>');
    expect(tooLarge).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' });
    if (!tooLarge.ok) expect(tooLarge.message).not.toContain('<');
    expect(parseUploadAnswer(0, '')).toMatchObject({ ok: false, code: 'NETWORK' });
    expect(parseUploadAnswer(502, 'Bad Gateway')).toMatchObject({ ok: false, message: MESSAGES.internal });
    expect(parseUploadAnswer(418, '')).toMatchObject({ ok: false, message: MESSAGES.unknown });
  });

  it('uses the status fallback when the error message is blank', () => {
    expect(parseUploadAnswer(401, '{"error":{"code":"UNAUTHENTICATED","message":" "}}')).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: MESSAGES.unauthenticated,
    });
  });
});
