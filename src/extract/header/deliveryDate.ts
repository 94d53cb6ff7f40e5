import chronology from '../lexicon/centralMeetingDates.json' with { type: 'json' };
import type { MeetingFinding } from '../types.js';
import { parseNumeral } from '../text/numerals.js';

// Delivery dates that pages give only in part: a month and day without the year, or an
// anniversary whose original date the speech itself recalls.

const CN = '〇零一二三四五六七八九十';
// （1月13日下午4点，…）: a header line opening with month and day and no year before them.
const MONTH_DAY_LINE = new RegExp(`^[（(]?\\s*(\\d{1,2}|[${CN}]{1,2})\\s*月\\s*(\\d{1,2}|[${CN}]{1,3})\\s*[日号]`);
const OPENINGS = chronology.openings as Record<string, string>;

const pad = (n: number): string => String(n).padStart(2, '0');

/** monthDayLine: （1月13日下午4点，…） → "01-13"; null for any other line (a year first included). */
export function monthDayOf(line: string): string | null {
  const m = MONTH_DAY_LINE.exec(line.trim());
  const mo = m ? parseNumeral(m[1]!) : null;
  const d = m ? parseNumeral(m[2]!) : null;
  if (mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${pad(mo)}-${pad(d)}`;
}

/**
 * meetingBound: a speech is given after the latest central congress or plenum it names (十九届四中全会
 * opened 2019-10-28), so that meeting's opening date bounds its date from below. Opening dates are
 * data (lexicon/centralMeetingDates.json); null when the speech names none of them.
 */
export function latestCentralOpening(meetings: readonly MeetingFinding[]): string | null {
  let latest: string | null = null;
  for (const m of meetings) {
    if (m.level !== 'central' || m.congress === null) continue;
    const plenum = /中全会$/.test(m.name) && m.session !== null;
    const congress = /^党的.+大$/.test(m.name);
    const opened = plenum ? OPENINGS[`${m.congress}.${m.session}`] : congress ? OPENINGS[String(m.congress)] : undefined;
    if (opened && (latest === null || opened > latest)) latest = opened;
  }
  return latest;
}

/**
 * yearOfMonthDay: the year of a month and day given without one — the first year that puts it on or
 * after `bound` and not after `published`; without a bound, the publication year (the year before
 * when the day would fall after publication). Null when neither is known.
 */
export function yearOfMonthDay(md: string, bound: string | null, published: string | null): string | null {
  const pub = published && published.length >= 10 ? published : null;
  if (bound) {
    const y = Number(bound.slice(0, 4));
    const iso = `${md >= bound.slice(5) ? y : y + 1}-${md}`;
    if (!pub || iso <= pub) return iso;
  }
  if (!pub) return null;
  return `${Number(pub.slice(0, 4)) - (md > pub.slice(5) ? 1 : 0)}-${md}`;
}

// 庆祝改革开放40周年大会: a celebration held on the anniversary of the event it celebrates.
const CELEBRATION = /庆祝.{1,20}?(\d{1,3}|[十百一二三四五六七八九]{1,4})周年/;
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;

/**
 * anniversaryDate: a speech at a celebration of an anniversary (庆祝…40周年大会) that recalls the
 * event's full date (1978年12月18日) was given on the anniversary day (2018-12-18) — when that year
 * agrees with the publication year (the same or the one before). Commemorations (纪念…诞辰) are not
 * read: they are often held on a day near the birthday, not on it.
 */
export function anniversaryDate(venue: string | null, body: string, published: string | null): string | null {
  const c = venue ? CELEBRATION.exec(venue) : null;
  const years = c ? parseNumeral(c[1]!) : null;
  const pubYear = published ? Number(published.slice(0, 4)) : NaN;
  if (years === null || Number.isNaN(pubYear)) return null;
  for (const m of body.matchAll(FULL_DATE)) {
    const y = Number(m[1]) + years;
    const iso = `${y}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
    if ((y === pubYear || y === pubYear - 1) && iso <= published!) return iso;
  }
  return null;
}

/**
 * The delivery date read from partial evidence, when nothing gave a full one: a month-day line in
 * the header with its year bounded by the meetings the speech names and its publication, else the
 * anniversary day of a celebration.
 */
export function partialDeliveryDate(
  headerLines: readonly string[],
  venue: string | null,
  body: string,
  published: string | null,
  meetings: readonly MeetingFinding[],
): string | null {
  for (const line of headerLines) {
    const md = monthDayOf(line);
    if (md) return yearOfMonthDay(md, latestCentralOpening(meetings), published);
  }
  return anniversaryDate(venue, body, published);
}
