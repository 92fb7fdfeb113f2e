/// <reference types="vite/client" />
/** The client's GraphQL documents with variables of the right types, for pricing them against the served schema. */
import {
  Kind,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export function clientDocuments(): { name: string; document: DocumentNode }[] {
  const modules = {
    ...import.meta.glob('../../../client/src/graphql/operations.ts', { eager: true }),
    ...import.meta.glob('../../../client/src/graphql/*-operations.ts', { eager: true }),
  } as Record<string, Record<string, unknown>>;
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => (value as DocumentNode | null)?.kind === Kind.DOCUMENT)
      .map(([name, value]) => ({ name: `${file.split('/').pop()}: ${name}`, document: value as DocumentNode })),
  );
}

/** A value of `type`: a list of 50 where lists are asked for, a limit of 50, the first enum value. */
function sample(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sample(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner))
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  const named = getNullableType(inner) as { name: string };
  return { Int: 50, Float: 1, Boolean: true }[named.name] ?? (named.name === 'ID' ? '00000000-0000-4000-8000-000000000000' : 'x');
}

export function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type as never) as GraphQLInputType | undefined;
      if (type) variables[variable.variable.name.value] = sample(type);
    }
  }
  return variables;
}
