import type { Reader, Row } from './readRows.js';
import type { SpeechFilterInput, SpeechRow } from './types.js';

/** Where a page of the speech list starts: after this speech (date '' for an undated one). */
export interface SpeechPosition {
  date: string;
  id: string;
}

/** Up to `limit` speeches after a position, and their number under the filter, counted when called. */
export interface SpeechPage {
  rows: SpeechRow[];
  total: () => Promise<number>;
}

/** The list's order key of a speech: newest first, undated ('') last, then by id. */
export const speechPosition = (row: Pick<SpeechRow, 'date' | 'id'>): SpeechPosition => ({ date: row.date ?? '', id: row.id });

/** Full-text hits counted before choosing a start: counting them costs up to this many index reads. */
export const TEXT_HITS_BOUND = 3000;
/** A side of the filter this small is always a good start, whatever the graph's size. */
const SMALL_POOL = 500;

// Above every ISO date: the first page starts after it.
const TOP = '\uffff';

// A text goes through the full-text index only when the index finds every speech holding it: the
// CJK analyzer indexes runs of Han characters as overlapping pairs, so a phrase of two or more Han
// characters matches every text holding them in a row (and a few more, which the filter's CONTAINS
// drops). A single character or Latin letters and digits (indexed as whole words, so "G网" would
// miss "5G网络") are left to the walk, which checks CONTAINS on each speech.
const INDEXABLE_TEXT = /^\p{Script=Han}{2,}$/u;

/** The phrase query that finds the speeches holding `text`; null when the index could miss some. */
export function textPhraseQuery(text: string): string | null {
  return INDEXABLE_TEXT.test(text) ? `"${text}"` : null;
}

export type Pool = 'slogan' | 'meeting' | 'place' | 'text' | 'level' | 'dated' | 'every';

export interface Plan {
  speeches: number;
  slogan: string | null;
  /** Sides a page may start from, by size. */
  sizes: Array<[Pool, number]>;
  /** Full-text hits of the text (up to TEXT_HITS_BOUND + 1), null when the text does not go through the index. */
  textHits: number | null;
}

/**
 * The side of the filter a page starts from, or null to walk every speech in date order. Walking
 * reads about `limit × speeches / matches` speeches, a side reads all of its own: a side is taken
 * when it is smaller than twice the walk's cost at its own share, √(limit × speeches) × 2, or small
 * anyway. (A hub slogan of half the speeches walks about 2 × limit speeches; a rare one starts from
 * its few speeches.)
 */
export function choosePool(plan: Plan, limit: number): Pool | null {
  const [smallest] = [...plan.sizes].sort((a, b) => a[1] - b[1]);
  if (!smallest) return null;
  const worthIt = Math.max(SMALL_POOL, 2 * Math.sqrt(Math.max(limit, 1) * plan.speeches));
  return smallest[1] <= worthIt ? smallest[0] : null;
}

const hasValue = (v: unknown): boolean => v !== null && v !== undefined;

/**
 * The paged speech list over a reader: pages that stop at `limit`, read from the date index or one
 * side of the filter, as `choose` decides (the tests make both ways read the same list).
 */
export function speechPages({ q, rows, int }: Reader, choose: (plan: Plan, limit: number) => Pool | null = choosePool) {
  return async function speechesPage(filter: SpeechFilterInput, after: SpeechPosition | null, limit: number): Promise<SpeechPage> {
    const lucene = hasValue(filter.text) ? textPhraseQuery(filter.text!) : null;
    // Without a side to start from (no slogan, meeting, place or indexed text) the page walks: no plan to read.
    const sided = hasValue(filter.slogan) || hasValue(filter.meeting) || hasValue(filter.place) || lucene !== null;
    const [raw] = sided
      ? await rows(q.speechesPlan, { slogan: filter.slogan ?? null, meeting: filter.meeting ?? null, place: filter.place ?? null, lucene, bound: int(TEXT_HITS_BOUND) })
      : [{ speeches: 0, slogan: null, textHits: null }];
    const r = raw as Row;
    const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
    // A slogan, meeting or place the graph does not hold keeps no speech.
    const missing =
      (hasValue(filter.slogan) && r.slogan == null) || (hasValue(filter.meeting) && r.meetingSpeeches == null) || (hasValue(filter.place) && r.placeSpeeches == null);
    if (missing) return { rows: [], total: async () => 0 };
    const textHits = lucene === null ? null : num(r.textHits);
    const sizes: Array<[Pool, number | null]> = [
      ['slogan', num(r.sloganSpeeches)],
      ['meeting', num(r.meetingSpeeches)],
      ['place', num(r.placeSpeeches)],
      ['text', textHits !== null && textHits <= TEXT_HITS_BOUND ? textHits : null],
    ];
    const plan: Plan = {
      speeches: Number(r.speeches ?? 0),
      slogan: (r.slogan as string | null) ?? null,
      sizes: sizes.filter((s): s is [Pool, number] => s[1] !== null),
      textHits,
    };
    const pool = choose(plan, limit);
    const params = filterParams(filter, plan, lucene, (r.placeCodes as string[] | null) ?? null);
    const page = async (query: string, position: SpeechPosition, n: number, extra: Row = {}): Promise<SpeechRow[]> =>
      n <= 0 ? [] : (await rows(query, { ...params, ...extra, afterDate: position.date, afterId: position.id, limit: int(n) })).map((x) => x.speech as SpeechRow);
    const start = after ?? { date: TOP, id: '' };
    let found: SpeechRow[];
    if (pool !== null) found = await page(q.speechesFromPool, start, limit, { pool });
    else {
      // The walk starts at the position's date or the top of the date range, whichever is lower;
      // undated speeches come last, and only without a date filter.
      const dateTop = start.date < params.dateTop ? start.date : params.dateTop;
      const undated = !hasValue(filter.dateFrom) && !hasValue(filter.dateTo);
      found = await page(q.speechesWalk, start, limit, { dateTop, undated, undatedAfter: start.date === '' ? start.id : '' });
    }
    return { rows: found, total: () => countSpeeches(params, filter, plan, pool) };
  };

  async function countSpeeches(params: Row, filter: SpeechFilterInput, plan: Plan, pool: Pool | null): Promise<number> {
    const given = (Object.keys(filter) as Array<keyof SpeechFilterInput>).filter((k) => hasValue(filter[k]));
    const only = given.length === 1 ? given[0] : given.length === 0 ? 'all' : null;
    // Stored counts where the filter maps to one; else counted over the smallest side, the level,
    // the date range, or every speech.
    if (only === 'all' || only === 'slogan' || only === 'place') {
      const [row] = await rows(q.speechesStoredTotal, { ...params, from: only });
      return Number(row?.total ?? 0);
    }
    const sides: Array<[Pool, number]> = plan.textHits === null ? plan.sizes : [...plan.sizes, ['text', plan.textHits]];
    const dated = hasValue(filter.dateFrom) || hasValue(filter.dateTo);
    const side = pool ?? [...sides].sort((a, b) => a[1] - b[1])[0]?.[0] ?? (hasValue(filter.level) ? 'level' : dated ? 'dated' : 'every');
    const [row] = await rows(q.speechesCounted, { ...params, pool: side });
    return Number(row?.total ?? 0);
  }
}

/** The parameters of the filter as the list's queries take them (cypher/read/speechFilter.cypher). */
function filterParams(filter: SpeechFilterInput, plan: Plan, lucene: string | null, placeCodes: string[] | null) {
  return {
    level: filter.level ?? null,
    genre: filter.genre ?? null,
    dateFrom: filter.dateFrom ?? null,
    dateTo: filter.dateTo ?? null,
    slogan: plan.slogan,
    meeting: filter.meeting ?? null,
    placeCodes,
    text: filter.text ?? null,
    lucene,
    dateLow: filter.dateFrom ?? '',
    // dateTo "2016" keeps "2016-12-31": every date starting with it sorts below dateTo + TOP.
    dateTop: hasValue(filter.dateTo) ? `${filter.dateTo}${TOP}` : TOP,
  };
}
