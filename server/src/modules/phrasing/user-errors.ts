/**
 * Errors meant for people, raised by catalogue key: the English text is written from
 * messages-en.ts (the error's own message, for logs and tests) and the key and values travel
 * with it, so the GraphQL plugin and the HTTP error handler write it in the reader's language.
 */
import { AppError, type ErrorCode, type UserMessage } from '../../common/errors.js';
import { message, type MessageParams } from './catalogue.js';
import type { Locale } from './locale.js';
import type { MessageKey } from './messages-en.js';

export type { UserMessage };

/** A message by catalogue key, as the helpers that explain a refusal return it (password rules, memory). */
export interface KeyedMessage {
  key: MessageKey;
  params?: MessageParams;
}

/** A user message in `locale`. */
export const say = (m: UserMessage, locale: Locale = 'en'): string => message(m.key as MessageKey, m.params ?? {}, locale);

export const appError = (code: ErrorCode, key: MessageKey, params?: MessageParams): AppError =>
  new AppError(code, message(key, params ?? {}), { key, params });

const raise =
  (code: ErrorCode) =>
  (key: MessageKey, params?: MessageParams): AppError =>
    appError(code, key, params);

export const badInput = raise('BAD_USER_INPUT');
export const conflict = raise('CONFLICT');

/** What was not found: the select key of `error.notFound` in every catalogue. */
export type MissingThing =
  | 'dataset'
  | 'dataset_to_append_to'
  | 'model'
  | 'trained_model'
  | 'model_dataset'
  | 'segmentation'
  | 'scored_list'
  | 'training_run'
  | 'user';

export const notFound = (thing: MissingThing) => appError('NOT_FOUND', 'error.notFound', { thing });
export const forbidden = (key: MessageKey = 'error.forbidden') => appError('FORBIDDEN', key);
export const unauthenticated = (key: MessageKey = 'error.signIn') => appError('UNAUTHENTICATED', key);
