import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, separateOperations, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { GraphQLContext } from './context.js';

/** Deep enough for every screen of the client, too shallow for abusive nesting. */
export const MAX_QUERY_DEPTH = 10;
/** Each field costs 1; lists of models/rows are bounded by the data, not by the query. */
export const MAX_QUERY_COMPLEXITY = 2000;

export const depthLimitRule = depthLimit(MAX_QUERY_DEPTH);

/** Rejects operations whose estimated cost is above MAX_QUERY_COMPLEXITY before they run. */
export function complexityLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const query = request.operationName ? separateOperations(document)[request.operationName] ?? document : document;
          const complexity = getComplexity({
            schema,
            query,
            variables: request.variables ?? {},
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > MAX_QUERY_COMPLEXITY) {
            throw new GraphQLError(`This request asks for too much at once (cost ${complexity}, limit ${MAX_QUERY_COMPLEXITY}). Ask for fewer fields.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            });
          }
        },
      };
    },
  };
}
