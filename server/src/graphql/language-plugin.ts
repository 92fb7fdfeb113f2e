/**
 * Error messages in the reader's language: every GraphQL error leaves in the language of the
 * request's context (the user's, else Accept-Language's, else English), through the catalogue's
 * error templates (phrasing/error-text.ts). Messages no template fits go out as they are.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { translateError } from '../modules/phrasing/error-text.js';
import type { GraphQLContext } from './context.js';

export function errorLanguagePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
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
