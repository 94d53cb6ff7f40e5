import { placeByCode } from '../../extract/places/gazetteer.js';
import type { Period } from '../time/periods.js';
import { levelSlice, provinceSlice, yearSlice } from '../time/slices.js';
import type { DiffusionRows, PeriodCount } from '../time/timeAnswers.js';
import type { Reader, Row } from './readRows.js';
import type { SpeechFilterInput } from './types.js';

/** Speeches using each slogan under a filter, by side or window. */
export interface SloganUses {
  name: string;
  speeches: number;
  mentions: number;
  firstUse: string | null;
}

/** Reads of the time questions (cypher/read/time/): counts only; src/graph/time/ shapes the answers. */
export interface TimeReads {
  /** Dated speeches under the filter per period, and per asked slogan name its uses per period (null period: no date or a shorter one). */
  timelineCounts(names: readonly string[], by: Period, filter: SpeechFilterInput): Promise<{ totals: PeriodCount[]; slogans: Map<string, { name: string; uses: PeriodCount[] }> }>;
  /** Per asked slogan name: its canonical name, first dated use under the filter (null date: none) and the speeches using it without a date. */
  firstUses(names: readonly string[], filter: SpeechFilterInput): Promise<Map<string, { name: string; date: string | null; speechIds: string[]; undated: number }>>;
  /** The counts a diffusion is assembled from; null when the name is no slogan. */
  diffusionCounts(name: string, level: string, upLevel: string | null, within: string | null): Promise<DiffusionRows | null>;
  /** Dated speeches under the filter inside a window, per slogan; and the undated speeches under the filter. */
  datedSloganCounts(filter: SpeechFilterInput, from: string | null, to: string | null): Promise<{ speeches: number; undated: number; slogans: SloganUses[] }>;
  /** Dated speeches under the filter inside a window, and per slogan those of them using it: one side of a rising comparison. */
  windowSloganCounts(filter: SpeechFilterInput, from: string | null, to: string | null): Promise<{ speeches: number; counts: Map<string, number> }>;
  /** Per period with dated speeches: units of the scope, those holding a, b, and both (canonical names). */
  pairTrendCounts(a: string, b: string, by: Period, scope: string): Promise<Array<{ period: string; units: number; aUnits: number; bUnits: number; both: number }>>;
  /** The two sides of a comparison: the subset, and the reference (everything else when null) without the subset's speeches. */
  speechSides(
    subset: SpeechFilterInput,
    reference: SpeechFilterInput | null,
  ): Promise<{ subset: { speeches: number; counts: Map<string, number> }; reference: { speeches: number; counts: Map<string, number> } }>;
}

/** The filter as the time queries take it: every field present, null for any. */
export function filterParam(f: SpeechFilterInput): Row {
  return {
    level: f.level ?? null,
    genre: f.genre ?? null,
    text: f.text ?? null,
    place: f.place ?? null,
    meeting: f.meeting ?? null,
    slogan: f.slogan ?? null,
    dateFrom: f.dateFrom ?? null,
    dateTo: f.dateTo ?? null,
  };
}

/**
 * The stored slices (src/graph/time/slices.ts) a filter reads its periods from: every speech ('')
 * or one level ('level:<level>|'); null for any other filter (read from the speeches).
 */
export function periodSlices(f: SpeechFilterInput): { level: string | null; prefix: string } | null {
  const set = Object.entries(f).filter(([, v]) => v !== null && v !== undefined).map(([k]) => k);
  if (set.length === 0) return { level: null, prefix: '' };
  return set.length === 1 && set[0] === 'level' ? { level: f.level!, prefix: `level:${f.level}|` } : null;
}

const YEAR = /^\d{4}$/;

/** The one stored slice a filter keeps exactly (a level, a province by code, a single year), or null. */
export function filterSlice(f: SpeechFilterInput): string | null {
  const set = Object.entries(f).filter(([, v]) => v !== null && v !== undefined).map(([k]) => k).sort();
  if (set.length === 1 && set[0] === 'level') return levelSlice(f.level!);
  if (set.length === 1 && set[0] === 'place') return placeByCode(f.place!)?.level === 'provincial' ? provinceSlice(f.place!) : null;
  if (set.length === 2 && set[0] === 'dateFrom' && set[1] === 'dateTo' && f.dateFrom === f.dateTo && YEAR.test(f.dateFrom!)) return yearSlice(f.dateFrom!);
  return null;
}

const counts = (list: unknown): Map<string, number> => new Map(((list ?? []) as Row[]).map((r) => [String(r.name), Number(r.speeches)]));

/** The time reads over a reader. */
export function timeReads({ q, rows }: Reader): TimeReads {
  // Whether the stored slices hold every speech (asked once per read that could use them).
  const slicesUsable = async (): Promise<boolean> => (await rows(q.slicesUsable, {}))[0]?.usable === true;
  return {
    async timelineCounts(names, by, filter) {
      const slices = periodSlices(filter);
      const stored = slices !== null && (await slicesUsable());
      const params = stored ? { by, ...slices } : { by, f: filterParam(filter) };
      const [totals, uses] = await Promise.all([
        rows(stored ? q.storedTimelineTotals : q.timelineTotals, params),
        rows(stored ? q.storedSloganTimeline : q.sloganTimeline, { ...params, names }),
      ]);
      const slogans = new Map<string, { name: string; uses: PeriodCount[] }>();
      for (const r of uses) {
        const asked = String(r.asked);
        if (!slogans.has(asked)) slogans.set(asked, { name: String(r.name), uses: [] });
        slogans.get(asked)!.uses.push({ period: (r.period as string | null) ?? null, undated: r.undated === true, speeches: Number(r.speeches), mentions: Number(r.mentions) });
      }
      // A slogan no speech under the filter uses still has a (flat) timeline.
      const known = await rows(q.slogansByName, { names: names.filter((n) => !slogans.has(n)) });
      for (const r of known) slogans.set(String(r.name), { name: String((r.slogan as Row).name), uses: [] });
      return { totals: totals.map((r) => ({ period: (r.period as string | null) ?? null, undated: r.undated === true, speeches: Number(r.speeches) })), slogans };
    },
    async firstUses(names, filter) {
      const out = new Map<string, { name: string; date: string | null; speechIds: string[]; undated: number }>();
      const slices = periodSlices(filter);
      const stored = slices !== null && (await slicesUsable());
      for (const r of await rows(stored ? q.storedFirstUses : q.firstUses, stored ? { names, ...slices } : { names, f: filterParam(filter) })) {
        out.set(String(r.asked), { name: String(r.name), date: (r.date as string | null) ?? null, speechIds: (r.speeches as string[]) ?? [], undated: Number(r.undated ?? 0) });
      }
      return out;
    },
    async diffusionCounts(name, level, upLevel, within) {
      const [r] = await rows(q.sloganDiffusion, { name, level, upLevel, within });
      if (!r) return null;
      return {
        name: String(r.name),
        places: (r.places as Row[]).map((p) => ({ code: String(p.code), name: String(p.name), speeches: Number(p.speeches), dated: Number(p.dated) })),
        users: (r.users as Row[]).map((u) => ({ code: String(u.code), date: (u.date as string | null) ?? null, speeches: (u.speeches as string[]) ?? [], undated: Number(u.undated) })),
        up: { date: ((r.up as Row).date as string | null) ?? null, speeches: ((r.up as Row).speeches as string[]) ?? [] },
        central: { date: ((r.central as Row).date as string | null) ?? null, speeches: ((r.central as Row).speeches as string[]) ?? [] },
      };
    },
    async datedSloganCounts(filter, from, to) {
      const [r] = await rows(q.datedSloganCounts, { f: filterParam(filter), from, to });
      return {
        speeches: Number(r?.speeches ?? 0),
        undated: Number(r?.undated ?? 0),
        slogans: ((r?.slogans ?? []) as Row[]).map((s) => ({ name: String(s.name), speeches: Number(s.speeches), mentions: Number(s.mentions), firstUse: (s.firstUse as string | null) ?? null })),
      };
    },
    async windowSloganCounts(filter, from, to) {
      const slices = periodSlices(filter);
      const whole = (d: string | null): boolean => d === null || YEAR.test(d);
      if (slices !== null && whole(from) && whole(to) && (await slicesUsable())) {
        const [r] = await rows(q.storedWindowSloganCounts, { prefix: slices.prefix, from, to });
        return { speeches: Number(r?.speeches ?? 0), counts: counts(r?.slogans) };
      }
      const [r] = await rows(q.datedSloganCounts, { f: filterParam(filter), from, to });
      return { speeches: Number(r?.speeches ?? 0), counts: counts(r?.slogans) };
    },
    async pairTrendCounts(a, b, by, scope) {
      const stored = by === 'YEAR' && (await slicesUsable());
      return (await rows(stored ? q.storedPairTrend : q.pairTrend, { a, b, by, scope })).map((r) => ({
        period: String(r.period),
        units: Number(r.units),
        aUnits: Number(r.aUnits),
        bUnits: Number(r.bUnits),
        both: Number(r.both),
      }));
    },
    async speechSides(subset, reference) {
      // Against everything else, from the maintained per-slogan counts when they are current:
      // only the subset's speeches are read.
      if (reference === null) {
        // A subset that is one stored slice reads no speech at all.
        const slice = filterSlice(subset);
        const fromSlice = slice !== null && (await slicesUsable());
        const [[stored], [kept]] = await Promise.all([
          rows(q.storedSloganCounts, {}),
          fromSlice ? rows(q.storedSliceSloganCounts, { slice }) : rows(q.filteredSloganCounts, { f: filterParam(subset) }),
        ]);
        if (stored?.usable === true && kept) {
          const sub = counts(kept.slogans);
          const rest = new Map([...counts(stored.slogans)].map(([name, n]) => [name, n - (sub.get(name) ?? 0)]).filter(([, n]) => (n as number) > 0) as Array<[string, number]>);
          return { subset: { speeches: Number(kept.speeches), counts: sub }, reference: { speeches: Number(stored.speeches) - Number(kept.speeches), counts: rest } };
        }
      }
      const [r] = await rows(q.speechSidesCounts, { f: filterParam(subset), r: reference === null ? null : filterParam(reference) });
      return {
        subset: { speeches: Number(r?.subset ?? 0), counts: counts(r?.subsetSlogans) },
        reference: { speeches: Number(r?.reference ?? 0), counts: counts(r?.referenceSlogans) },
      };
    },
  };
}
