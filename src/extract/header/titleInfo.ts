import type { AdminLevel, TextRange } from '../types.js';
import { levelOf } from '../meetings/level.js';
import { parseNumeral } from '../text/numerals.js';

// 在…上的讲话 / 在…会议上的发言 / 在…会讲话: the meeting is what 在 introduces, up to a meeting word.
const VENUE = new RegExp(
  '在(?<venue>[^在，。,]{2,60}?(?:会议|大会|全会|会|论坛|仪式|典礼|培训班|开班式|研讨班|读书班|推进会|座谈会))' +
    '(?:上|期间|开幕式上|闭幕式上)?的?(?:讲话|发言|致辞|讲稿|报告|总结|主持词|动员|辅导|党课|工作报告)',
);

/** The meeting a title says the speech was delivered at (在…上的讲话), with its offsets in `title`, or null. */
export function venueOf(title: string): { venue: string; start: number; end: number } | null {
  const m = VENUE.exec(title);
  const venue = m?.groups?.venue;
  if (!m || !venue) return null;
  const start = m.index + 1;
  return { venue, start, end: start + venue.length };
}

// A title that studies or discusses a meeting (学习贯彻…全会精神研讨发言) names it as its topic.
const STUDY = /(学习|贯彻|精神|研讨|心得|体会|宣讲|解读|读书|党课|感悟)/;

/**
 * Level of a speech from its venue, then its title: the first scope or organ word that shows one.
 * A text is central only when a central body speaks: a title without a venue that only studies a
 * central meeting (党的十九届五中全会学习研讨发言) says nothing of the speaker's level.
 */
export function speechLevel(title: string, venue: string | null): AdminLevel | null {
  const fromVenue = venue ? levelOf(venue) : null;
  if (fromVenue) return fromVenue;
  const fromTitle = levelOf(title.replace(/^在/, ''));
  return fromTitle === 'central' && !venue && STUDY.test(title) ? null : fromTitle;
}

const CN_DIGIT = '〇零一二三四五六七八九';
const DATE = new RegExp(
  `(?<y>\\d{4}|[${CN_DIGIT}]{4})\\s*年\\s*(?:(?<m>\\d{1,2}|[十${CN_DIGIT}]{1,2})\\s*月\\s*(?:(?<d>\\d{1,2}|[十${CN_DIGIT}]{1,3})\\s*[日号])?)?` +
    // Numeric dates as some sites print them: 2021.3.5, 2021-03-05, 2021/3/5 (one separator throughout).
    `|(?<!\\d)(?<ny>\\d{4})(?<sep>[.\\-/．])(?<nm>\\d{1,2})\\k<sep>(?<nd>\\d{1,2})(?![\\d%％])`,
);
// A line that is nothing but a date, maybe bracketed: safe to read anywhere in the body.
const DATE_ONLY_LINE = /^[（(【\[]?\s*$/;

/**
 * An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from a short line that is mostly a date, such as
 * （2020年10月30日） or 二〇二〇年十月; null for prose that merely mentions a year, unless
 * `anywhere` (for titles such as 在2021年全市…会议上的讲话).
 */
export function dateOf(line: string, anywhere = false): { iso: string; range: TextRange } | null {
  const t = line.trim();
  const m = DATE.exec(t);
  const g = m?.groups;
  if (!m || !g || !(g.y ?? g.ny)) return null;
  if (!anywhere && t.length - m[0].length > 12) return null;
  const y = parseNumeral(g.y ?? g.ny ?? '');
  const mo = (g.m ?? g.nm) ? parseNumeral(g.m ?? g.nm ?? '') : null;
  const d = (g.d ?? g.nd) ? parseNumeral(g.d ?? g.nd ?? '') : null;
  if (y === null || y < 1900 || y > 2100) return null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (d !== null && (d < 1 || d > 31)) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const iso = `${y}${mo !== null ? `-${pad(mo)}` : ''}${mo !== null && d !== null ? `-${pad(d)}` : ''}`;
  const offset = line.indexOf(t) + m.index;
  return { iso, range: { start: offset, end: offset + m[0].length } };
}

/**
 * The date a title gives: a full date anywhere, a year only inside it (在…2021年第二次集体学习会上的
 * 讲话 dates the meeting); a bare year in front (2016年政府工作报告, 2021年工作要点) names the
 * period the document is about, not the day it was delivered.
 */
export function titleDate(title: string): string | null {
  const d = dateOf(title, true);
  if (!d) return null;
  return d.iso.length > 4 || title.slice(0, d.range.start).trim() !== '' ? d.iso : null;
}

/**
 * The date of a line that holds a full date (month and day) and nothing else but brackets or
 * spaces, such as （2021年3月5日） or 2021.3.5; null otherwise. Safe on any body line.
 */
export function dateLineOf(line: string): string | null {
  const d = dateOf(line);
  if (!d || d.iso.length < 10) return null;
  const rest = line.slice(0, d.range.start) + line.slice(d.range.end);
  return DATE_ONLY_LINE.test(rest.replace(/[）)】\]\s\u3000]/g, '')) ? d.iso : null;
}

// A year as texts write it: 1921年, 一九二一年.
const YEAR = new RegExp(`(?<![\\d${CN_DIGIT}])(\\d{4}|[${CN_DIGIT}]{4})年`, 'g');

/**
 * The latest year `text` names, as YYYY, when it is before `bound`; null when the text names
 * `bound` or a later year, or none. A text cannot name years after it was written (plans aside, and
 * those name later years still), so it tells an undated text's era.
 */
export function latestYearBefore(text: string, bound: number): string | null {
  let latest = 0;
  for (const m of text.matchAll(YEAR)) {
    const y = parseNumeral(m[1]!);
    if (y !== null && y >= 1800 && y <= 2100 && y > latest) latest = y;
  }
  return latest > 0 && latest < bound ? String(latest) : null;
}
