import { placeByCode } from '../../extract/places/gazetteer.js';
import type { SpeechScope } from './types.js';

const YEAR = /^\d{4}$/;

/** Which slices (src/graph/time/slices.ts) a speech filter covers whole: a province, or a range of years. */
export type SliceFilter = { province: string; from: null; to: null } | { province: null; from: string | null; to: string | null };

/**
 * The slices a filter adds up to, or null when stored slices cannot answer it exactly: only a
 * province alone (a GB/T 2260 code of the provincial level), or whole years alone (dateFrom and
 * dateTo each a bare year or absent) are stored with their pairs; any other filter, or both
 * together, is counted from the speeches.
 */
export function sliceFilter(scope: SpeechScope | undefined): SliceFilter | null {
  if (!scope || scope.level != null || scope.genre != null) return null;
  const { place, dateFrom, dateTo } = scope;
  if (place != null) {
    if (dateFrom != null || dateTo != null) return null;
    return placeByCode(place)?.level === 'provincial' ? { province: place, from: null, to: null } : null;
  }
  if (dateFrom == null && dateTo == null) return null;
  if ((dateFrom != null && !YEAR.test(dateFrom)) || (dateTo != null && !YEAR.test(dateTo))) return null;
  return { province: null, from: dateFrom ?? null, to: dateTo ?? null };
}
