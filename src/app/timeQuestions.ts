// The time questions: when a slogan appears, how it spreads down the levels, what is new, what
// rises, what marks one part of the corpus. Counts come from the read repository; the shaping and
// the scores are pure (src/graph/time/). Undated speeches are in no answer and are counted apart.
import type { TimeReads } from '../graph/read/timeReads.js';
import type { SpeechFilterInput } from '../graph/read/speechReads.js';
import { distinctive, rising, type WordScore } from '../graph/time/fightinWords.js';
import { isoDateProblem, type Period } from '../graph/time/periods.js';
import { diffusionOf, emergingOf, timelineOf, type Diffusion, type EmergingSlogan, type FirstUse, type SloganTimeline } from '../graph/time/timeAnswers.js';
import { pairScore } from '../graph/time/pairScore.js';
import type { CooccurrenceMeasure, CooccurrenceScope } from '../graph/cooccurrence/types.js';
import { InputError } from './InputError.js';

/** The level one up from each place level: where a diffusion's lags count from. */
export const LEVEL_ABOVE: Record<string, string | null> = { central: null, provincial: 'central', city: 'provincial', county: 'city', township: 'county' };

/** A window of delivery dates; either end open. */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

function checkDate(value: string | null | undefined, argumentName: string): void {
  if (value === null || value === undefined) return;
  const problem = isoDateProblem(value);
  if (problem) throw new InputError(`${argumentName}: ${problem}`, argumentName);
}

function checkFilterDates(filter: SpeechFilterInput, argumentName: string): void {
  checkDate(filter.dateFrom, `${argumentName}.dateFrom`);
  checkDate(filter.dateTo, `${argumentName}.dateTo`);
}

/** Timelines of several slogans under one filter, in the order asked (names that are no slogan left out). */
export async function timelines(reads: TimeReads, names: readonly string[], by: Period, filter: SpeechFilterInput): Promise<SloganTimeline[]> {
  checkFilterDates(filter, 'filter');
  const wanted = [...new Set(names.map((n) => n.trim()))];
  const { totals, slogans } = await reads.timelineCounts(wanted, by, filter);
  return wanted.flatMap((n) => {
    const s = slogans.get(n);
    return s ? [timelineOf(s.name, totals, s.uses)] : [];
  });
}

/** The first dated use of a slogan under a filter, or null (no dated speech uses it). */
export async function firstUse(reads: TimeReads, name: string, filter: SpeechFilterInput): Promise<FirstUse | null> {
  checkFilterDates(filter, 'filter');
  const found = (await reads.firstUses([name], filter)).get(name);
  return found && found.date !== null ? { date: found.date, speechIds: found.speechIds } : null;
}

/** How a slogan spread over the places of a level (inside the place `within`, a code); null when it is no slogan. */
export async function diffusion(reads: TimeReads, name: string, level: string, within: string | null): Promise<Diffusion | null> {
  const upLevel = LEVEL_ABOVE[level] ?? null;
  const rows = await reads.diffusionCounts(name.trim(), level, upLevel, within);
  return rows ? diffusionOf(rows, level, upLevel) : null;
}

/** Slogans first used (among the dated speeches under the filter) inside [from, to], by speeches using them. */
export async function emergingSlogans(reads: TimeReads, from: string, to: string, filter: SpeechFilterInput, first: number): Promise<EmergingSlogan[]> {
  checkDate(from, 'from');
  checkDate(to, 'to');
  checkFilterDates(filter, 'filter');
  if (to.slice(0, from.length) < from.slice(0, to.length)) throw new InputError(`to (${to}) is before from (${from})`, 'to');
  const { slogans } = await reads.datedSloganCounts(filter, null, null);
  return emergingOf(slogans, from, to, first);
}

/** Slogans whose share of dated speeches rose from `before` to `after` (Fightin' Words with `after` as the subset), by δ. */
export async function risingSlogans(reads: TimeReads, before: DateRange, after: DateRange, filter: SpeechFilterInput, minSupport: number, first: number): Promise<WordScore[]> {
  for (const [range, label] of [[before, 'before'], [after, 'after']] as const) {
    checkDate(range.from, `${label}.from`);
    checkDate(range.to, `${label}.to`);
  }
  checkFilterDates(filter, 'filter');
  if (!Number.isInteger(minSupport) || minSupport < 1) throw new InputError(`minSupport must be a whole number ≥ 1, got ${minSupport}`, 'minSupport');
  const [b, a] = await Promise.all([
    reads.windowSloganCounts(filter, before.from ?? null, before.to ?? null),
    reads.windowSloganCounts(filter, after.from ?? null, after.to ?? null),
  ]);
  for (const [side, label] of [[b, 'before'], [a, 'after']] as const) {
    if (side.speeches === 0) throw new InputError(`${label}: no dated speech under the filter falls in this range, so there is nothing to compare`, label);
  }
  return rising(b, a, minSupport, first);
}

/** Slogans over-represented in the subset against the reference (everything else when null), by z. */
export async function distinctiveSlogans(reads: TimeReads, subset: SpeechFilterInput, reference: SpeechFilterInput | null, first: number): Promise<WordScore[]> {
  checkFilterDates(subset, 'subset');
  if (reference) checkFilterDates(reference, 'reference');
  const sides = await reads.speechSides(subset, reference);
  if (sides.subset.speeches === 0) throw new InputError('subset: no speech passes this filter, so there is nothing to compare', 'subset');
  if (sides.reference.speeches === 0) {
    throw new InputError('reference: no speech outside the subset passes the reference filter (the subset is everything), so there is nothing to compare against', 'reference');
  }
  return distinctive(sides.subset, sides.reference, first);
}

/** One period of a pair's co-occurrence: units of the scope, those holding each slogan, both (support), and the measure (null where undefined). */
export interface CooccurrencePoint {
  period: string;
  units: number;
  aUnits: number;
  bUnits: number;
  support: number;
  score: number | null;
}

/** Two slogans' co-occurrence per period, scored by the measure within each period's dated speeches; null when either name is no slogan. */
export async function cooccurrenceTrend(
  reads: TimeReads & { slogansByName(names: readonly string[]): Promise<Map<string, { name: string }>> },
  a: string,
  b: string,
  by: Period,
  scope: CooccurrenceScope,
  measure: CooccurrenceMeasure,
): Promise<{ a: string; b: string; points: CooccurrencePoint[] } | null> {
  const found = await reads.slogansByName([a.trim(), b.trim()]);
  const [ca, cb] = [found.get(a.trim())?.name, found.get(b.trim())?.name];
  if (ca === undefined || cb === undefined) return null;
  if (ca === cb) throw new InputError(`a and b name the same slogan (${ca})`, 'b');
  const rows = await reads.pairTrendCounts(ca, cb, by, scope);
  return {
    a: ca,
    b: cb,
    points: rows.map((r) => ({ period: r.period, units: r.units, aUnits: r.aUnits, bUnits: r.bUnits, support: r.both, score: pairScore(measure, r.both, r.units, r.aUnits, r.bUnits) })),
  };
}
