import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ApiContext } from './context.js';
import { ApiError } from './errors.js';
import { knownListSizes, mayHaveListFields, speechOfListFields, type KnownListSizes } from './listSizes.js';

/** Cost factor of a list field without a page-size argument (slogans, meetings, persons of a speech). */
export const UNSIZED_LIST_FACTOR = 10;

// Types whose list fields are already counted by the page size of the field that returns them;
// Section.children is counted by the `first` of Speech.sections, which bounds the whole tree.
const PAGED_CONTAINERS = new Set(['SpeechConnection', 'SloganConnection', 'MeetingConnection', 'GraphView', 'Section']);

/**
 * What one analytics call costs besides its items, measured in "rows read": co-occurrence at
 * SENTENCE scope walks every sentence of every speech, SPEECH scope reads materialised pairs.
 */
export const ANALYTICS_COST = {
  cooccurrence: { SPEECH: 20, SECTION: 300, SENTENCE: 800 } as Record<string, number>,
  search: 50,
  /** Per hop of a `graph` walk. */
  graphHop: 100,
};

function analyticsCost(coordinate: string, args: Record<string, unknown>): number {
  switch (coordinate) {
    case 'Query.sloganCooccurrence':
    case 'Query.cooccurrenceGraph':
    case 'Slogan.cooccurring':
    {
      const scoped = ANALYTICS_COST.cooccurrence[String(args.scope ?? 'SPEECH')] ?? ANALYTICS_COST.cooccurrence.SENTENCE!;
      // A filter rules out the materialised pairs (they count every speech): it aggregates mentions.
      return args.filter ? Math.max(scoped, ANALYTICS_COST.cooccurrence.SECTION!) : scoped;
    }
    case 'Query.search':
      return ANALYTICS_COST.search;
    case 'Query.graph':
      return ANALYTICS_COST.graphHop * (typeof args.depth === 'number' ? Math.max(1, args.depth) : 1);
    default:
      return 0;
  }
}

/**
 * Estimates a field's cost: analytics fields carry their own cost; lists multiply their children's
 * cost by their size — a Speech list by its stored size (`sizes`: the speech's own when the query
 * names it, else the largest any speech has; never more than its `first`), other lists by
 * `first`/`limit` (a page bound), or by UNSIZED_LIST_FACTOR when nothing bounds them.
 */
export function listCostEstimator(sizes?: KnownListSizes): ComplexityEstimator {
  return ({ type, field, args, childComplexity, node }) => {
    // Introspection (GraphiQL's schema explorer) is governed by the introspection setting, not by cost.
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    const own = 1 + analyticsCost(`${type.name}.${field.name}`, args);
    const page = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : null;
    const stored = type.name === 'Speech' ? (sizes?.of(node, field.name) ?? null) : null;
    if (stored !== null) return own + childComplexity * Math.max(0, page === null ? stored : Math.min(stored, page));
    if (page !== null) return own + childComplexity * Math.max(1, page);
    if (isListType(getNullableType(field.type)) && !PAGED_CONTAINERS.has(type.name)) {
      return own + childComplexity * UNSIZED_LIST_FACTOR;
    }
    return own + childComplexity;
  };
}

// graphql-armor's rules throw by default; report instead, with our code, so the answer is a 400 with every problem.
function armored(
  rule: (options: object) => ValidationRule,
  options: Record<string, unknown>,
  coded: (found: string) => GraphQLError,
): ValidationRule {
  return (context: ValidationContext) =>
    rule({
      ...options,
      propagateOnRejection: false,
      onReject: [(_ctx: unknown, error: GraphQLError) => context.reportError(coded(/found (\d+)/.exec(error.message)?.[1] ?? '?'))],
    })(context);
}

/**
 * Depth limit (QUERY_TOO_DEEP). graphql-armor's rule remembers the fragments it has visited, so a
 * fragment cycle is left to graphql's own NoFragmentCycles rule instead of overflowing the stack.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  // graphql-armor counts the leaf level too: its n is one more than the nesting of fields with fields.
  return armored(
    maxDepthRule as (options: object) => ValidationRule,
    { n: maxDepth + 1, ignoreIntrospection: true, flattenFragments: true },
    (found) =>
      new GraphQLError(`the query is nested ${Number(found) - 1} levels deep, more than the limit of ${maxDepth}`, {
        extensions: { code: 'QUERY_TOO_DEEP', maxDepth },
      }),
  );
}

/** At most `maxAliases` aliased fields in an operation (QUERY_TOO_COMPLEX): aliases multiply work without adding cost per field. */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return armored(
    maxAliasesRule as (options: object) => ValidationRule,
    { n: maxAliases },
    (found) => new GraphQLError(`the query has ${found} aliases, more than the limit of ${maxAliases}`, { extensions: { code: 'QUERY_TOO_COMPLEX', maxAliases } }),
  );
}

function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext, seen: Set<string>): number {
  let n = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) n += selection.name.value.startsWith('__') ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) n += countRootFields(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value); // cycles are reported by NoFragmentCycles
      const fragment = context.getFragment(selection.name.value);
      if (fragment) n += countRootFields(fragment.selectionSet, context, seen);
    }
  }
  return n;
}

/** At most `maxRootFields` root fields per operation (QUERY_TOO_COMPLEX): each root field is its own database work. */
export function rootFieldLimitRule(maxRootFields: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const found = countRootFields(operation.selectionSet, context, new Set());
      if (found > maxRootFields) {
        context.reportError(
          new GraphQLError(`the query asks for ${found} root fields, more than the limit of ${maxRootFields}; split it`, {
            nodes: [operation],
            extensions: { code: 'QUERY_TOO_COMPLEX', maxRootFields },
          }),
        );
      }
    },
  });
}

/** Estimated cost of an operation in a document (used by the plugin and the tests); `sizes`: stored list sizes, when read. */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, operationName?: string, sizes?: KnownListSizes): number {
  return getComplexity({
    schema,
    query,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [listCostEstimator(sizes), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Most variable sets remembered per document by the cost cache. */
const COSTS_PER_DOCUMENT = 16;

// Apollo hands the same parsed DocumentNode for the same query text (its document cache), and a
// cost without stored list sizes depends on the document, the variables and the operation alone:
// a repeated query skips the walk over the schema (a quarter of a millisecond per request).
function costCache() {
  const byDocument = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    of(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
      const key = JSON.stringify([operationName ?? null, variables]);
      let known = byDocument.get(document);
      const hit = known?.get(key);
      if (hit !== undefined) return hit;
      const cost = queryCost(schema, document, variables, operationName);
      if (!known) byDocument.set(document, (known = new Map()));
      if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
      known.set(key, cost);
      return cost;
    },
  };
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, before anything is executed
 * (QUERY_TOO_COMPLEX). An operation with Speech lists first reads their stored sizes (one indexed
 * read, under the request's budget), so a small speech's lists cost little and a huge one's a lot.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<ApiContext> {
  const costs = costCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          const variables = request.variables ?? {};
          const operationName = request.operationName ?? undefined;
          const owner = speechOfListFields(document, variables, operationName);
          const ids = [...new Set([...owner.values()].filter((id): id is string => id !== null))];
          // A failing read fails the request as any read does (503 when the database is away).
          const sizes = mayHaveListFields(owner) ? knownListSizes(owner, await contextValue.repo.listSizes(ids)) : undefined;
          let cost: number;
          try {
            cost = sizes === undefined ? costs.of(schema, document, variables, operationName) : queryCost(schema, document, variables, operationName, sizes);
          } catch {
            // Variables that do not fit their types: execution reports them as BAD_USER_INPUT (400).
            return;
          }
          if (cost > maxCost) {
            // Apollo reads extensions.http for the status (a client error, not a 500) and strips it from the response.
            throw new ApiError(`query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages or fewer nested lists`, 'QUERY_TOO_COMPLEX', {
              cost,
              maxCost,
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
