import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';

type FragmentOf = (name: string) => FragmentDefinitionNode | undefined;

// Fields of a selection set once every fragment is expanded, counted without expanding: a
// fragment's size is computed once and added per spread, so 30 fragments that each spread the one
// before twice (2^29 fields) cost 30 steps, not 2^29. A fragment met again inside itself counts 0
// (NoFragmentCycles reports the cycle). Sizes beyond 2^53 lose precision but stay huge.
function sizeOf(selectionSet: SelectionSetNode, fragmentOf: FragmentOf, memo: Map<string, number>, open: Set<string>): number {
  let n = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) n += 1 + (selection.selectionSet ? sizeOf(selection.selectionSet, fragmentOf, memo, open) : 0);
    else if (selection.kind === Kind.INLINE_FRAGMENT) n += sizeOf(selection.selectionSet, fragmentOf, memo, open);
    else {
      const name = selection.name.value;
      let size = memo.get(name);
      if (size === undefined) {
        const fragment = fragmentOf(name);
        if (!fragment || open.has(name)) continue;
        open.add(name);
        size = sizeOf(fragment.selectionSet, fragmentOf, memo, open);
        open.delete(name);
        memo.set(name, size);
      }
      n += size;
    }
  }
  return n;
}

const sizes = new WeakMap<OperationDefinitionNode, number>();

/** Fields an operation selects once its fragments are expanded (what an executor that inlines fragments would build), remembered per operation. */
export function expandedSize(document: DocumentNode, operation: OperationDefinitionNode): number {
  let size = sizes.get(operation);
  if (size === undefined) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(d.name.value)) fragments.set(d.name.value, d);
    size = sizeOf(operation.selectionSet, (name) => fragments.get(name), new Map(), new Set());
    sizes.set(operation, size);
  }
  return size;
}

/**
 * At most `maxFields` fields per operation after fragment expansion (QUERY_TOO_COMPLEX): depth and
 * alias limits look at the text, where a fan-out of fragments is small while what it asks for doubles per fragment.
 */
export function expandedSizeRule(maxFields: number): ValidationRule {
  return (context) => {
    const memo = new Map<string, number>();
    return {
      OperationDefinition(operation) {
        const found = sizeOf(operation.selectionSet, (name) => context.getFragment(name) ?? undefined, memo, new Set());
        if (found > maxFields) {
          const shown = found > 1e15 ? found.toExponential(2) : String(found);
          context.reportError(
            new GraphQLError(`the query selects ${shown} fields once its fragments are expanded, more than the limit of ${maxFields}`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_COMPLEX', maxExpandedFields: maxFields },
            }),
          );
        }
      },
    };
  };
}
