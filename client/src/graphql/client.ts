import { Client, fetchExchange, mapExchange, type AnyVariables, type DocumentInput } from '@urql/core';
import { currentToken, useSession } from '../composables/useSession';
import { activeLocale } from '../i18n/locale';
import { errorMessage, isUnauthenticated, MESSAGES } from '../utils/errors';

/**
 * The urql client: POST only (the server's CSRF prevention wants a JSON content type, which
 * GET requests lack), the bearer token on every request, and a session that ends as soon as
 * the server answers UNAUTHENTICATED. No document cache: every page asks for fresh figures,
 * which is what people expect right after an import or a column edit.
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  requestPolicy: 'network-only',
  fetchOptions: (): RequestInit => {
    const token = currentToken();
    // The server answers in the account's language; before sign-in, in the one shown here.
    const headers: Record<string, string> = { 'Accept-Language': activeLocale.value };
    if (token) headers.Authorization = `Bearer ${token}`;
    return { headers };
  },
  exchanges: [
    mapExchange({
      onError(error) {
        // A wrong password at login is UNAUTHENTICATED too; expire() ignores it, as no
        // session is open then.
        if (isUnauthenticated(error)) useSession().expire(MESSAGES.unauthenticated);
      },
    }),
    fetchExchange,
  ],
});

export class RequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

function codeOf(error: unknown): string | undefined {
  const first = (error as { graphQLErrors?: Array<{ extensions?: { code?: unknown } }> }).graphQLErrors?.[0];
  return typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
}

/** Runs a query; resolves with its data or rejects with a RequestError fit to show. */
export async function runQuery<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.query(document, variables).toPromise();
  if (result.error) throw new RequestError(errorMessage(result.error), codeOf(result.error));
  if (!result.data) throw new RequestError(errorMessage(undefined), undefined);
  return result.data;
}

export async function runMutation<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.mutation(document, variables).toPromise();
  if (result.error) throw new RequestError(errorMessage(result.error), codeOf(result.error));
  if (!result.data) throw new RequestError(errorMessage(undefined), undefined);
  return result.data;
}
