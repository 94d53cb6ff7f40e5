import type { ApiServer } from '../../src/api/http/createApiServer.js';

/** A GraphQL answer with its HTTP status. */
export interface GqlResult {
  status: number;
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** POSTs one GraphQL operation to a running server. */
export async function gql(server: ApiServer, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** The `extensions.code` of each error. */
export const errorCodes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);
