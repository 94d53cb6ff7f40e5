// A date given with a text (a sidecar, a catalogue column) keeps the precision it was given with:
// "1954" says the year and nothing more, so it must never become 1954-01-01 in a time answer. The
// graph stores dates as ISO strings of that length (YYYY, YYYY-MM or YYYY-MM-DD), as the extractor
// already does for a text that only prints a year or a month; filters and orderings compare them
// as strings cut to the shorter length.

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision of an ISO date of 4, 7 or 10 characters. */
export function datePrecision(iso: string): DatePrecision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/**
 * A given date as stored: the ISO string at the precision given (YYYY, YYYY-MM, YYYY-MM-DD; a
 * whole number is a year). Returns an error message for anything else, so the caller can name the
 * file and line: no guessing between day-first and month-first, no calendar that does not exist.
 */
export function parseGivenDate(value: unknown): { ok: true; date: string } | { ok: false; reason: string } {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null) return { ok: false, reason: `date must be a string (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(value)}` };
  const m = ISO.exec(text);
  if (!m) return { ok: false, reason: `date "${text}" is not YYYY, YYYY-MM or YYYY-MM-DD` };
  const [, year, month, day] = m;
  if (Number(year) < 1000) return { ok: false, reason: `date "${text}" has no plausible year` };
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return { ok: false, reason: `date "${text}" has no month ${month}` };
  if (day !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) return { ok: false, reason: `date "${text}" has no day ${day} (the month has ${last})` };
  }
  return { ok: true, date: text };
}

/**
 * Whether two dates can name the same day: equal where both are known (a year agrees with every
 * day of that year). A given year and an extracted full date of that year are no conflict.
 */
export function datesAgree(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}
