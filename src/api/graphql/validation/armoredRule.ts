import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/** A graphql-armor rule that reports, with our code, instead of throwing (its default), so the answer is a 400 with every problem. */
export function armoredRule(
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
