// The answers of the time questions as plain values, assembled from the counts the read queries
// return (cypher/read/time/). Pure: the same shaping whatever computed the counts.
import { lagDays } from './periods.js';

/** One period of a slogan's timeline: speeches using it, their share of the dated speeches of the period (same filter), mentions. */
export interface TimelinePoint {
  period: string;
  speeches: number;
  share: number;
  mentions: number;
}

/** A slogan's timeline: `undated` speeches using it have no date, `coarser` ones a date shorter than the period (both in no point). */
export interface SloganTimeline {
  name: string;
  points: TimelinePoint[];
  undated: number;
  coarser: number;
}

/** Rows of a timeline query: per period (null: no date or a date shorter than the period). */
export interface PeriodCount {
  period: string | null;
  undated: boolean;
  speeches: number;
  mentions?: number;
}

/**
 * A slogan's points over every period with dated speeches under the filter (in order): periods
 * where it is not used come back with 0, so a chart has no holes where there are texts.
 */
export function timelineOf(name: string, totals: readonly PeriodCount[], uses: readonly PeriodCount[]): SloganTimeline {
  const used = new Map(uses.filter((u) => u.period !== null).map((u) => [u.period!, u]));
  const points = totals
    .filter((t): t is PeriodCount & { period: string } => t.period !== null && t.speeches > 0)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((t) => {
      const u = used.get(t.period);
      const speeches = u?.speeches ?? 0;
      return { period: t.period, speeches, share: speeches / t.speeches, mentions: u?.mentions ?? 0 };
    });
  const apart = (undated: boolean): number => uses.filter((u) => u.period === null && u.undated === undated).reduce((n, u) => n + u.speeches, 0);
  return { name, points, undated: apart(true), coarser: apart(false) };
}

/** The earliest delivery date of a slogan's use and the speeches of that date (ids). */
export interface FirstUse {
  date: string;
  speechIds: string[];
}

/** One place of a diffusion: its first use (null: no dated speech from it uses the slogan) and the lag from the origin. */
export interface Adoption {
  code: string;
  name: string;
  date: string | null;
  lagDays: number | null;
  speechId: string | null;
  /** Speeches from the place or from inside it. */
  speechCount: number;
}

/** The adoption curve: places that had used the slogan by a date, and their share of the level's places with dated speeches. */
export interface AdoptionPoint {
  date: string;
  adopted: number;
  share: number;
}

/** How a slogan spread over the places of one level. */
export interface Diffusion {
  name: string;
  level: string;
  /** What the lags count from: the first use one level up, else the first central use, else the first use at this level. */
  origin: FirstUse | null;
  originLevel: string | null;
  adoptions: Adoption[];
  curve: AdoptionPoint[];
  /** Speeches from the level's places that use the slogan without a date. */
  undated: number;
}

/** What sloganDiffusion.cypher returns. */
export interface DiffusionRows {
  name: string;
  places: Array<{ code: string; name: string; speeches: number; dated: number }>;
  users: Array<{ code: string; date: string | null; speeches: string[]; undated: number }>;
  up: { date: string | null; speeches: string[] };
  central: { date: string | null; speeches: string[] };
}

const firstUseOf = (u: { date: string | null; speeches: string[] }): FirstUse | null => (u.date === null ? null : { date: u.date, speechIds: [...u.speeches].sort() });

/** Assembles a diffusion: adopters by date (then code), then the places that never used it (by code); the curve over adopters' dates. */
export function diffusionOf(rows: DiffusionRows, level: string, upLevel: string | null): Diffusion {
  const users = new Map(rows.users.map((u) => [u.code, u]));
  const adopters = rows.users.filter((u) => u.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.code < b.code ? -1 : 1));
  let origin: FirstUse | null = null;
  let originLevel: string | null = null;
  if (upLevel !== null && rows.up.date !== null) [origin, originLevel] = [firstUseOf(rows.up), upLevel];
  else if (level !== 'central' && rows.central.date !== null) [origin, originLevel] = [firstUseOf(rows.central), 'central'];
  else if (adopters.length > 0) {
    const first = adopters[0]!.date!;
    origin = { date: first, speechIds: adopters.filter((a) => a.date === first).flatMap((a) => a.speeches).sort() };
    originLevel = level;
  }
  const place = new Map(rows.places.map((p) => [p.code, p]));
  const adoptions: Adoption[] = [
    ...adopters.map((u) => ({
      code: u.code,
      name: place.get(u.code)?.name ?? u.code,
      date: u.date,
      lagDays: origin ? lagDays(origin.date, u.date) : null,
      speechId: [...u.speeches].sort()[0] ?? null,
      speechCount: place.get(u.code)?.speeches ?? 0,
    })),
    ...rows.places
      .filter((p) => !(users.get(p.code)?.date))
      .map((p) => ({ code: p.code, name: p.name, date: null, lagDays: null, speechId: null, speechCount: p.speeches })),
  ];
  const withDates = rows.places.filter((p) => p.dated > 0).length;
  const curve: AdoptionPoint[] = [];
  adopters.forEach((a, i) => {
    const point = { date: a.date!, adopted: i + 1, share: withDates > 0 ? (i + 1) / withDates : 0 };
    if (curve.length > 0 && curve[curve.length - 1]!.date === a.date) curve[curve.length - 1] = point;
    else curve.push(point);
  });
  return { name: rows.name, level, origin, originLevel, adoptions, curve, undated: rows.users.reduce((n, u) => n + u.undated, 0) };
}

/** A slogan whose first use falls in a window, with the dated speeches using it under the filter. */
export interface EmergingSlogan {
  name: string;
  firstUse: string;
  speeches: number;
}

/** Slogans first used inside [from, to] (`to` compared at its own length), by speeches, then first use, then name. */
export function emergingOf(slogans: ReadonlyArray<{ name: string; speeches: number; firstUse: string | null }>, from: string, to: string, first: number): EmergingSlogan[] {
  return slogans
    .filter((s): s is { name: string; speeches: number; firstUse: string } => s.firstUse !== null && s.firstUse >= from && s.firstUse.slice(0, to.length) <= to)
    .map((s) => ({ name: s.name, firstUse: s.firstUse, speeches: s.speeches }))
    .sort((a, b) => b.speeches - a.speeches || (a.firstUse < b.firstUse ? -1 : a.firstUse > b.firstUse ? 1 : a.name < b.name ? -1 : 1))
    .slice(0, first);
}
