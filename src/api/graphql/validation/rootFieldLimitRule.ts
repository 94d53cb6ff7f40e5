import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

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
