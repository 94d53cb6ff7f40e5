import { cooccurrenceTrend, diffusion, distinctiveSlogans, emergingSlogans, firstUse, risingSlogans, timelines, type DateRange } from '../../../app/timeQuestions.js';
import type { SpeechFilterInput } from '../../../graph/read/createReadRepository.js';
import type { SloganRow } from '../../../graph/read/types.js';
import type { CooccurrenceMeasure, CooccurrenceScope } from '../../../graph/cooccurrence/types.js';
import type { WordScore } from '../../../graph/time/fightinWords.js';
import type { Period } from '../../../graph/time/periods.js';
import type { Adoption, Diffusion, EmergingSlogan, FirstUse, SloganTimeline } from '../../../graph/time/timeAnswers.js';
import type { ApiContext } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { pageSize } from '../pagination.js';
import { placeNamed, resolveSpeechFilter } from './placeResolvers.js';

/** The most slogans one timeline compares. */
export const MAX_TIMELINE_SLOGANS = 20;

// A filter naming a place no speech comes from keeps no speech; so does this code, which no place has.
const NO_PLACE = '000000';

async function speechFilter(ctx: ApiContext, filter: SpeechFilterInput | null | undefined): Promise<SpeechFilterInput> {
  return (await resolveSpeechFilter(ctx, filter ?? {})) ?? { ...filter, place: NO_PLACE };
}

const slogan = (ctx: ApiContext, name: string) => ctx.loaders.slogan.load(name);

/** Root fields of the time questions. */
export const TimeQuery = {
  async timeline(_: unknown, args: { slogans: string[]; by: Period; filter?: SpeechFilterInput | null }, ctx: ApiContext) {
    if (args.slogans.length > MAX_TIMELINE_SLOGANS) throw new BadUserInputError(`slogans: at most ${MAX_TIMELINE_SLOGANS} at once, got ${args.slogans.length}`, 'slogans');
    return timelines(ctx.repo, args.slogans, args.by, await speechFilter(ctx, args.filter));
  },

  async sloganDiffusion(_: unknown, args: { name: string; level: string; within?: string | null }, ctx: ApiContext) {
    let within: string | null = null;
    if (args.within !== null && args.within !== undefined) {
      const place = await placeNamed(ctx, args.within, 'within');
      if (!place) throw new BadUserInputError(`within: no speech comes from ${JSON.stringify(args.within.slice(0, 100))} or from inside it`, 'within');
      within = place.code;
    }
    return diffusion(ctx.repo, args.name, args.level, within);
  },

  async emergingSlogans(_: unknown, args: { from: string; to: string; filter?: SpeechFilterInput | null; first?: number }, ctx: ApiContext) {
    return emergingSlogans(ctx.repo, args.from, args.to, await speechFilter(ctx, args.filter), pageSize(args.first, 20));
  },

  async risingSlogans(_: unknown, args: { before: DateRange; after: DateRange; filter?: SpeechFilterInput | null; minSupport: number; first?: number }, ctx: ApiContext) {
    return risingSlogans(ctx.repo, args.before, args.after, await speechFilter(ctx, args.filter), args.minSupport, pageSize(args.first, 20));
  },

  async cooccurrenceTrend(_: unknown, args: { a: string; b: string; by: Period; scope: CooccurrenceScope; measure: CooccurrenceMeasure }, ctx: ApiContext) {
    return (await cooccurrenceTrend(ctx.repo, args.a, args.b, args.by, args.scope, args.measure))?.points ?? [];
  },

  async distinctiveSlogans(_: unknown, args: { subset: SpeechFilterInput; reference?: SpeechFilterInput | null; first?: number }, ctx: ApiContext) {
    const reference = args.reference ? await speechFilter(ctx, args.reference) : null;
    return distinctiveSlogans(ctx.repo, await speechFilter(ctx, args.subset), reference, pageSize(args.first, 20));
  },
};

/** Slogan fields of the time questions. */
export const SloganTime = {
  async timeline(s: SloganRow, args: { by: Period; filter?: SpeechFilterInput | null }, ctx: ApiContext) {
    const [t] = await timelines(ctx.repo, [s.name], args.by, await speechFilter(ctx, args.filter));
    return t?.points ?? [];
  },
  firstUse: async (s: SloganRow, args: { filter?: SpeechFilterInput | null }, ctx: ApiContext) => firstUse(ctx.repo, s.name, await speechFilter(ctx, args.filter)),
};

/** Object types of the time answers: slogans, places and speeches through the request's loaders. */
export const TimeTypes = {
  SloganTimeline: { slogan: (t: SloganTimeline, _: unknown, ctx: ApiContext) => slogan(ctx, t.name) },
  FirstUse: { speeches: async (f: FirstUse, _: unknown, ctx: ApiContext) => (await ctx.loaders.speech.loadMany(f.speechIds)).filter((x) => x && !(x instanceof Error)) },
  Adoption: {
    place: (a: Adoption, _: unknown, ctx: ApiContext) => ctx.loaders.places.byCode.load(a.code),
    speech: (a: Adoption, _: unknown, ctx: ApiContext) => (a.speechId ? ctx.loaders.speech.load(a.speechId) : null),
  },
  Diffusion: { slogan: (d: Diffusion, _: unknown, ctx: ApiContext) => slogan(ctx, d.name) },
  EmergingSlogan: { slogan: (e: EmergingSlogan, _: unknown, ctx: ApiContext) => slogan(ctx, e.name) },
  SloganScore: {
    slogan: (s: WordScore, _: unknown, ctx: ApiContext) => slogan(ctx, s.name),
    score: (s: WordScore) => s.delta,
  },
};
