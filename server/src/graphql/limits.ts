import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  validate,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Logger } from 'pino';
import type { GraphQLContext } from './context.js';

/** Deep enough for every screen of the client, too shallow for abusive nesting. */
export const MAX_QUERY_DEPTH = 10;
/**
 * The estimated cost a request may have: each field costs 1, a list of objects costs its
 * expected size times what is asked of each item. Every client screen stays well below it
 * (tests/server/graphql/limits.spec.ts computes each client document's cost).
 */
export const MAX_QUERY_COMPLEXITY = 30_000;
/** Aliases let one request ask for the same field thousands of times. */
export const MAX_ALIASES = 100;
/**
 * How often one field may appear inside itself on a path (`model { trainingRun { models {
 * trainingRun { models … } } } }`): the schema's cycles are for going one step back, never
 * for walking the graph, which would load the same heavy objects again and again.
 */
export const MAX_SAME_FIELD_NESTING = 2;

/**
 * Expected sizes of list fields, by `Type.field` or by field name. A realistic upper bound of
 * what one answer holds, not a hard cap: a dataset has a few dozen columns, a training run four
 * models, a segmentation up to a dozen segments; a chart a few dozen points.
 */
export const LIST_SIZES: Record<string, number> = {
  // A dataset keeps every version of every model; a run trains at most the four algorithms.
  models: 20,
  'TrainingRun.models': 4,
  'FeatureAgreement.models': 4,
  trainingRuns: 20,
  imports: 20,
  segmentations: 10,
  segments: 10,
  columns: 40,
  campaigns: 8,
  datasets: 20,
};
export const DEFAULT_LIST_SIZE = 25;
/** Arguments that bound a list's length when given. */
const SIZE_ARGUMENTS = ['limit', 'first', 'take', 'top', 'topN'];

/** Lists of objects cost their expected size times their items' cost; lists of scalars cost 1. */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const fieldType = getNullableType(field.type);
  if (!isListType(fieldType)) return undefined;
  if (isLeafType(getNamedType(fieldType))) return 1;
  const bound = SIZE_ARGUMENTS.map((name) => args[name]).find((value): value is number => typeof value === 'number' && value > 0);
  const size = bound ?? LIST_SIZES[`${type.name}.${field.name}`] ?? LIST_SIZES[field.name] ?? DEFAULT_LIST_SIZE;
  return 1 + size * Math.max(1, childComplexity);
};

export const ESTIMATORS = [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** Cost of `document` (its operation `operationName`); throws graphql-query-complexity's errors. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: ESTIMATORS, maxQueryNodes: 20_000 });
}

export const depthLimitRule = depthLimit(MAX_QUERY_DEPTH);

/** The field (with a selection) most often nested inside itself on one path, and how often; fragments followed (validation has ruled out cycles). */
export function deepestSelfNesting(document: DocumentNode, operationName?: string | null): { field: string; times: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  let worst = { field: '', times: 0 };
  const onPath = new Map<string, number>();
  const walk = (selections: readonly SelectionNode[], fragmentDepth: number) => {
    if (fragmentDepth > 50) return;
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection (`ofType { ofType { … } }`) is exempt, as in the depth limit.
        if (!selection.selectionSet || selection.name.value.startsWith('__')) continue;
        const name = selection.name.value;
        const times = (onPath.get(name) ?? 0) + 1;
        if (times > worst.times) worst = { field: name, times };
        onPath.set(name, times);
        walk(selection.selectionSet.selections, fragmentDepth);
        onPath.set(name, times - 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet.selections, fragmentDepth);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet.selections, fragmentDepth + 1);
      }
    }
  };
  if (operation) walk(operation.selectionSet.selections, 0);
  return worst;
}

function countAliases(document: DocumentNode): number {
  let aliases = 0;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.alias) aliases++;
    },
  });
  return aliases;
}

/** A request refused by a limit: HTTP 400 with a code naming the limit (thrown after validation, Apollo would answer 500). */
function refused(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * Limits every operation before it runs, each answered HTTP 400 with its own code and logged
 * as one warning line (no stack): QUERY_TOO_DEEP, TOO_MANY_ALIASES, QUERY_TOO_COMPLEX (cost,
 * or too many fields to even price), and BAD_USER_INPUT for variables that do not fit their
 * types. Fragment cycles are refused by GraphQL's own validation (GRAPHQL_VALIDATION_FAILED),
 * which is why the depth check runs here, after validation: graphql-depth-limit follows
 * fragment spreads and would recurse forever on a cycle.
 */
export function complexityLimitPlugin(schema: GraphQLSchema, logger?: Logger): ApolloServerPlugin<GraphQLContext> {
  const reject = (error: GraphQLError, operationName: string | null | undefined): never => {
    logger?.warn({ code: error.extensions.code, operationName: operationName ?? null }, `GraphQL request refused: ${error.message}`);
    throw error;
  };
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ request }) {
          return async (errors?: readonly Error[]) => {
            if (errors?.length)
              logger?.warn(
                { code: 'GRAPHQL_VALIDATION_FAILED', operationName: request.operationName ?? null },
                `GraphQL request refused: ${errors[0].message}`,
              );
          };
        },
        async didResolveOperation({ request, document }) {
          // Apollo keeps one parsed document per query text, so a page's repeated reads are
          // priced once (per variables, which the cost may depend on), not on every request.
          const verdict = cachedVerdict(schema, document, request.operationName ?? undefined, request.variables ?? {});
          if (verdict) reject(refused(verdict.code, verdict.message), request.operationName);
        },
      };
    },
  };
}

type Verdict = { code: string; message: string } | null;
/** Per parsed document: the shape checks by operation name, the cost checks by operation name and variables. */
const verdicts = new WeakMap<DocumentNode, Map<string, Verdict>>();
const VERDICTS_PER_DOCUMENT = 64;

function cachedVerdict(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): Verdict {
  let byKey = verdicts.get(document);
  if (!byKey) verdicts.set(document, (byKey = new Map()));
  const shapeKey = `shape:${operationName ?? ''}`;
  let shape = byKey.get(shapeKey);
  if (shape === undefined) byKey.set(shapeKey, (shape = shapeVerdict(schema, document, operationName)));
  if (shape) return shape;
  let costKey: string;
  try {
    costKey = `cost:${operationName ?? ''}:${JSON.stringify(variables)}`;
  } catch {
    return costVerdict(schema, document, operationName, variables);
  }
  let cost = byKey.get(costKey);
  if (cost === undefined) {
    cost = costVerdict(schema, document, operationName, variables);
    if (byKey.size >= VERDICTS_PER_DOCUMENT) byKey.delete([...byKey.keys()].find((k) => k.startsWith('cost:'))!);
    byKey.set(costKey, cost);
  }
  return cost;
}

/** Aliases, self-nesting and depth: properties of the document alone. */
function shapeVerdict(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Verdict {
  const aliases = countAliases(document);
  if (aliases > MAX_ALIASES)
    return {
      code: 'TOO_MANY_ALIASES',
      message: `This request uses ${aliases.toLocaleString('en-US')} aliases; at most ${MAX_ALIASES} are allowed.`,
    };
  const nesting = deepestSelfNesting(document, operationName);
  if (nesting.times > MAX_SAME_FIELD_NESTING)
    return {
      code: 'QUERY_TOO_DEEP',
      message: `This request asks for "${nesting.field}" inside itself ${nesting.times} times; at most ${MAX_SAME_FIELD_NESTING} are allowed.`,
    };
  if (validate(schema, document, [depthLimitRule]).length > 0)
    return {
      code: 'QUERY_TOO_DEEP',
      message: `This request is nested too deeply (at most ${MAX_QUERY_DEPTH} levels). Ask for fewer levels at once.`,
    };
  return null;
}

function costVerdict(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): Verdict {
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/maximum allowed number of nodes/.test(message))
      return { code: 'QUERY_TOO_COMPLEX', message: 'This request asks for too many fields at once. Ask for fewer fields.' };
    // Variables that do not fit their types: the same answer as when written inline.
    return { code: 'BAD_USER_INPUT', message };
  }
  if (cost > MAX_QUERY_COMPLEXITY)
    return {
      code: 'QUERY_TOO_COMPLEX',
      message: `This request asks for too much at once (cost ${cost.toLocaleString('en-US')}, limit ${MAX_QUERY_COMPLEXITY.toLocaleString('en-US')}). Ask for fewer fields or lists.`,
    };
  return null;
}
