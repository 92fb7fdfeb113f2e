/**
 * Error messages in the reader's language: every GraphQL error leaves in the language of the
 * request's context (the user's, else Accept-Language's, else English). An AppError carries
 * its catalogue message (key and values), written again in that language before the errors
 * are formatted; anything else (the generic internal error, GraphQL's own validation
 * messages) goes through the catalogue's error templates (phrasing/error-text.ts) or out as it is.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { isAppError } from '../common/errors.js';
import { say } from '../modules/phrasing/user-errors.js';
import { translateError } from '../modules/phrasing/error-text.js';
import type { Locale } from '../modules/phrasing/locale.js';
import type { GraphQLContext } from './context.js';

/** The message of an error (or the AppError it wraps) in `locale`; null when it carries no catalogue message. */
export function localisedMessage(error: unknown, locale: Locale): string | null {
  const original = isAppError(error) ? error : (error as { originalError?: unknown } | null)?.originalError;
  return isAppError(original) ? say(original.userMessage, locale) : null;
}

export function errorLanguagePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const locale = contextValue?.locale ?? 'en';
          if (locale === 'en') return;
          for (const error of errors) {
            const text = localisedMessage(error, locale);
            if (text !== null) (error as { message: string }).message = text;
          }
        },
        async willSendResponse({ response, contextValue }) {
          const locale = contextValue?.locale ?? 'en';
          if (locale === 'en' || response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            message: translateError(e.message, locale),
          }));
        },
      };
    },
  };
}
