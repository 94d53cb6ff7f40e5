// Time periods of delivery dates. A date is ISO YYYY, YYYY-MM or YYYY-MM-DD as written: a
// shorter date covers its whole year or month, so it belongs to that period and to every coarser
// one, never to a finer one (a speech dated "2021" is in 2021 but in no quarter or month of it).

/** The granularity of a time series. */
export type Period = 'YEAR' | 'QUARTER' | 'MONTH';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The period (2021, 2021-Q1, 2021-03) a date falls in, or null when the date is absent, malformed or coarser than the period. */
export function periodOf(date: string | null | undefined, by: Period): string | null {
  const m = date ? ISO_DATE.exec(date) : null;
  if (!m) return null;
  const [, year, month] = m;
  if (by === 'YEAR') return year!;
  if (month === undefined) return null;
  return by === 'MONTH' ? `${year}-${month}` : `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

/** The first day a date covers, as days since 1970-01-01 ("2021" → 2021-01-01, "2021-03" → 2021-03-01); null when malformed. */
export function firstDay(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] ?? '01') - 1, Number(m[3] ?? '01')) / 86_400_000;
}

/**
 * Days from one date to a later one, each taken at the first day it covers (a year-only origin
 * counts from 1 January); null when either is missing or malformed.
 */
export function lagDays(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!from || !to) return null;
  const a = firstDay(from);
  const b = firstDay(to);
  return a === null || b === null ? null : b - a;
}

/** Whether a date falls in a window [from, to] (either end optional): `from` against the whole date, `to` against the date cut to its length, as the speech filters compare. */
export function inWindow(date: string | null | undefined, from: string | null | undefined, to: string | null | undefined): boolean {
  if (!date) return false;
  if (from && date < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/** Validates an ISO date argument (YYYY, YYYY-MM or YYYY-MM-DD); returns an error message or null. */
export function isoDateProblem(value: string): string | null {
  const m = ISO_DATE.exec(value);
  if (!m) return `"${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12) return `"${value}" has no month ${m[2]}`;
  const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
  if (d.getUTCMonth() !== month - 1) return `"${value}" has no day ${m[3]}`;
  return null;
}
