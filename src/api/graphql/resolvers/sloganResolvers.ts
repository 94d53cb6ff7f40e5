import type { SloganRow } from '../../../graph/read/types.js';
import type { CooccurrenceMeasure, CooccurrencePair, CooccurrenceScope } from '../../../graph/cooccurrence/types.js';
import type { ApiContext } from '../context.js';
import { pageSize } from '../pagination.js';
import { minSupportArg } from './queryResolvers.js';
import { toMentionSnippet } from './speechResolvers.js';

type Args = Record<string, unknown>;

const details = (s: SloganRow, ctx: ApiContext) => ctx.loaders.sloganDetails.load(s.name);

/** Slogan fields, each through a per-request loader keyed by canonical name. */
export const Slogan = {
  variants: async (s: SloganRow, _: Args, ctx: ApiContext) => (await details(s, ctx))?.variants.sort() ?? [],
  members: async (s: SloganRow, _: Args, ctx: ApiContext) => (await details(s, ctx))?.members.sort() ?? [],
  // A row of the slogan list carries its stored counts: no second query for them.
  speechCount: async (s: SloganRow, _: Args, ctx: ApiContext) => s.speeches ?? (await details(s, ctx))?.speeches ?? 0,
  mentionCount: async (s: SloganRow, _: Args, ctx: ApiContext) => s.mentions ?? (await details(s, ctx))?.mentions ?? 0,
  speeches: (s: SloganRow, args: { first?: number }, ctx: ApiContext) => ctx.loaders.speechesBySlogan(pageSize(args.first, 20)).load(s.name),
  contexts: async (s: SloganRow, args: { first?: number }, ctx: ApiContext) =>
    (await ctx.loaders.contexts(pageSize(args.first, 10)).load(s.name)).map((row) => toMentionSnippet('Slogan', row)),
  cooccurring: (
    s: SloganRow,
    args: { scope: CooccurrenceScope; measure: CooccurrenceMeasure; minSupport: number; first?: number },
    ctx: ApiContext,
  ) =>
    ctx.loaders
      .cooccurring({ scope: args.scope, measure: args.measure, minSupport: minSupportArg(args.minSupport), first: Math.max(1, pageSize(args.first, 10)) })
      .load(s.name),
};

/** A pair's slogans come with the pair (canonical name and kind), so they cost no query; other Slogan fields go through loaders. */
export const SloganPair = {
  a: (p: CooccurrencePair): SloganRow => ({ name: p.a, kind: p.aKind }),
  b: (p: CooccurrencePair): SloganRow => ({ name: p.b, kind: p.bKind }),
};
