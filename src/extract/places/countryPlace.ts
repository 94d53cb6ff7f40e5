import type { AdminLevel, PlaceFinding } from '../types.js';
import { COUNTRY } from './gazetteer.js';

/** The day the People's Republic was founded: central bodies before it are not its bodies. */
export const PRC_FOUNDED = '1949-10-01';

/**
 * Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly before the People's Republic: a year
 * or a month that reaches into October 1949 is not (1949 alone cannot tell).
 */
export function beforePrc(date: string): boolean {
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return last < PRC_FOUNDED;
}

/** The country as a speech's place (the root: nothing lies above it). */
export const COUNTRY_PLACE: Readonly<PlaceFinding> = { ...COUNTRY, within: [] };

/**
 * The place of a speech once its level and date are known: a central body speaks for the country,
 * unless the date says the body predates the People's Republic (the party's congresses of the
 * 1920s): then it has no place, nor has a text of that time placed in the country itself. Any
 * other place is kept as it is.
 */
export function speakingPlace(place: PlaceFinding | null, level: AdminLevel | null, date: string | null): PlaceFinding | null {
  if (date !== null && beforePrc(date) && (level === 'central' || place?.code === COUNTRY.code)) return null;
  if (place === null && level === 'central') return { ...COUNTRY_PLACE, within: [] };
  return place;
}
