import type { SpeechFilterInput } from '../../../graph/read/createReadRepository.js';
import type { PlaceRow } from '../../../graph/read/placeReads.js';
import { dateArg } from '../../../app/views/dateArg.js';
import type { ApiContext } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { decodeKeyCursor, pageSize, toKeyConnection } from '../pagination.js';
import { speechConnection } from './speechConnection.js';

type Args = Record<string, unknown>;

const CODE = /^\d{6}$/;

/**
 * The place an argument names, a GB/T 2260 code or an official name; null when no speech comes from
 * it. A name two places share (朝阳区) is a client mistake: the error lists their codes.
 */
export async function placeNamed(ctx: ApiContext, value: string, argumentName: string): Promise<PlaceRow | null> {
  const v = value.trim();
  if (CODE.test(v)) return ctx.loaders.places.byCode.load(v);
  const found = await ctx.loaders.places.byName.load(v);
  if (found.length > 1) {
    throw new BadUserInputError(`${argumentName}: "${v}" names ${found.length} places (${found.map((p) => p.code).join(', ')}); give the code`, argumentName);
  }
  return found[0] ?? null;
}

/**
 * The speech filter with its place turned into a code and its dates checked; null when the place
 * is unknown (no speech can match).
 */
export async function resolveSpeechFilter(ctx: ApiContext, filter: SpeechFilterInput): Promise<SpeechFilterInput | null> {
  const out: SpeechFilterInput = { ...filter, dateFrom: dateArg(filter.dateFrom, 'dateFrom'), dateTo: dateArg(filter.dateTo, 'dateTo') };
  if (filter.place === null || filter.place === undefined) return out;
  const place = await placeNamed(ctx, filter.place, 'place');
  return place ? { ...out, place: place.code } : null;
}

const emptyPage = { total: 0, rows: [] };

/** Root fields about places. */
export const PlaceQuery = {
  async places(_: unknown, args: { level?: string | null; parent?: string | null; first?: number; after?: string }, ctx: ApiContext) {
    // Keyset pages: the cursor holds the last row's code.
    const limit = pageSize(args.first, 20);
    const after = args.after ? String(decodeKeyCursor('places', args.after, ['s'])[0]) : null;
    const parent = args.parent ? await placeNamed(ctx, args.parent, 'parent') : null;
    const page = args.parent && !parent ? emptyPage : await ctx.repo.placesPage({ level: args.level ?? null, parent: parent?.code ?? null }, after, limit + 1);
    for (const p of page.rows) ctx.loaders.places.byCode.prime(p.code, p);
    return toKeyConnection('places', page.total, page.rows, limit, after === null ? null : [after], (p) => [p.code]);
  },

  async place(_: unknown, args: { code?: string | null; name?: string | null }, ctx: ApiContext) {
    const given = (['code', 'name'] as const).filter((k) => args[k] !== null && args[k] !== undefined);
    if (given.length !== 1) throw new BadUserInputError('place needs exactly one of code or name', given.length ? 'name' : 'code');
    const argumentName = given[0]!;
    const value = args[argumentName]!;
    if (value.trim() === '') throw new BadUserInputError(`${argumentName} must not be empty`, argumentName);
    return placeNamed(ctx, value, argumentName);
  },
};

/** Place fields: counts and slogans cover the place and every place inside it. */
export const Place = {
  parent: (p: PlaceRow, _: Args, ctx: ApiContext) => (p.parentCode ? ctx.loaders.places.byCode.load(p.parentCode) : null),
  async children(p: PlaceRow, args: { first?: number }, ctx: ApiContext) {
    const page = await ctx.repo.placesPage({ level: null, parent: p.code }, null, pageSize(args.first, 100));
    return page.rows;
  },
  speechCount: async (p: PlaceRow, _: Args, ctx: ApiContext) => p.speeches ?? (await ctx.loaders.places.byCode.load(p.code))?.speeches ?? 0,
  speeches: (p: PlaceRow, args: { first?: number; after?: string }, ctx: ApiContext) => speechConnection(ctx, { place: p.code }, args),
  topSlogans: async (p: PlaceRow, args: { first?: number }, ctx: ApiContext) =>
    (await ctx.loaders.places.topSlogans(pageSize(args.first, 10)).load(p.code)).map((s) => ({
      slogan: { name: s.name, kind: s.kind },
      speeches: s.speeches,
      mentions: s.mentions,
    })),
};
