import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext } from '../graphql/context.js';

/** n fragments, each spreading the one before twice: 2^(n-1) fields once expanded, a few hundred bytes of text. */
export function fragmentFanOut(n: number): string {
  const fragments = ['fragment F0 on Query { __typename }'];
  for (let i = 1; i < n; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query { ...F${n - 1} } ${fragments.join(' ')}`;
}

/**
 * Sends a few requests through Apollo before the server listens, none of which reads the database:
 * one answered and several refused by the document limits (an expanded size past `maxExpandedFields`,
 * a depth past `maxDepth`, a syntax error). The first request of a process otherwise pays for
 * compiling the code of parsing, validation, the limits and the error answers on its own time
 * (hundreds of ms while every later one takes a few): start-up pays it instead, so the first
 * hostile document is refused as fast as the next. Resolves with the HTTP status of each answer.
 */
export async function warmUp(apollo: ApolloServer<ApiContext>, context: () => Promise<ApiContext>, limits: { maxExpandedFields: number; maxDepth: number }): Promise<number[]> {
  const fanOut = fragmentFanOut(Math.ceil(Math.log2(limits.maxExpandedFields)) + 2);
  const deep = `query { speech(id: "-") { sections { ${'children { '.repeat(limits.maxDepth)}marker ${'} '.repeat(limits.maxDepth)}} } }`;
  const statuses: number[] = [];
  for (const query of ['query Warm { __typename }', fanOut, deep, '{ __typename']) {
    const headers = new HeaderMap([['content-type', 'application/json']]);
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query } }, context });
    statuses.push(response.status ?? 200);
  }
  return statuses;
}
