import { placesNamed } from '../places/gazetteer.js';
import { CN_NUMERAL, PLACEHOLDER } from '../text/numerals.js';

// Small rules that decide where a named meeting (…大会, …会议, …论坛) begins and whether a name
// without an organ or scope word still names one. Each is used by namedHit in meetings.ts.

const ORDINAL = `第[${CN_NUMERAL}\\d${PLACEHOLDER}]{1,4}[届次]`;

/** editionOpening: 第十二届中国网络视听大会 — an edition number opening a long name makes it specific. */
export function opensWithEdition(name: string, suffixLength: number): boolean {
  const m = new RegExp(`^${ORDINAL}`).exec(name);
  return m !== null && name.length - m[0].length - suffixLength >= 4;
}

/**
 * editionCount: 承办3届中国户外运动产业大会 — a count of editions (Arabic digits and 届, no 第) before a
 * name is no part of it. Returns how many characters to skip at the start of `span`.
 */
export function editionCountLength(span: string): number {
  return /^\d{1,3}届/.exec(span)?.[0].length ?? 0;
}

/**
 * ordinalBeforeAnchor: in 中国科协第九次全国代表大会 the scope word 全国 follows an ordinal, so it
 * does not start the name: the organisation before the ordinal does. True when `span` (the name so
 * far) has an ordinal ending right before `at`.
 */
export function ordinalEndsAt(span: string, at: number): boolean {
  return new RegExp(`${ORDINAL}$`).test(span.slice(0, at));
}

/** organisationCongress: 中国科协第九次全国代表大会 — an organisation's numbered congress. */
export function isOrganisationCongress(name: string): boolean {
  return new RegExp(`^[\\u4e00-\\u9fff]{2,12}${ORDINAL}(?:全国)?(?:代表大会|会员代表大会)$`).test(name);
}

/**
 * listedAfterMeeting: 全国科技创新大会、两院院士大会 — a name right after 、 whose list item before it
 * ends like a meeting is one more meeting of the same list.
 */
export function followsListedMeeting(text: string, start: number, endsAsMeeting: RegExp): boolean {
  return text[start - 1] === '、' && endsAsMeeting.test(text.slice(Math.max(0, start - 12), start - 1));
}

/**
 * placeMeeting: 遵义会议, 古田会议 — meetings of party history are named after the place they met in:
 * a 2–3 character stem of a city or county (遵义市, 古田县) followed by 会议.
 */
export function isPlaceMeeting(name: string): boolean {
  const stem = /^([\u4e00-\u9fff]{2,3})会议$/.exec(name)?.[1];
  return stem !== undefined && ['市', '县', '区'].some((s) => placesNamed(stem + s).length > 0);
}

/**
 * convenerPrefix: 市委召开主题教育总结大会 — a local organ convening a meeting without an organ of its
 * own in the name owns it (市委主题教育总结大会), so it stays apart from 省委's meeting of that name.
 * Returns the organ and where it starts in `before`, or null (central organs need no prefix: there
 * is one 中央).
 */
export function convenerOf(before: string): { organ: string; at: number } | null {
  const m = /((?:省|市|县|区|州)(?:委|政府))(?:决定)?(?:召开|举行|举办)了?$/.exec(before);
  return m?.[1] ? { organ: m[1], at: m.index } : null;
}

/**
 * bracketedPlace: 中国（河南）—东盟…大会 — a short bracketed place or gloss inside a name is stepped
 * over by the backward scan. Returns its length when `text` ends at `p` with one, else 0. Heading
 * markers such as （一） are not glosses.
 */
export function bracketedGlossBefore(text: string, p: number): number {
  const m = /[（(]([\u4e00-\u9fff]{1,6})[）)]$/.exec(text.slice(Math.max(0, p - 8), p));
  if (!m || new RegExp(`^[${CN_NUMERAL}]+$`).test(m[1]!)) return 0;
  return m[0].length;
}

/** furnitureNotMeeting: 会议室, 会议桌, 人民大会堂 — a suffix followed by a room or thing is no meeting. */
export function isFurnitureAfter(text: string, end: number): boolean {
  return /^[室桌厅堂场址]/.test(text.slice(end, end + 1));
}

/** abbreviatedLocalName: 举办省旅发大会 — a one-character level (省/市/县/区) opening a short name. */
export function opensWithLevelCharacter(name: string, suffixLength: number): boolean {
  return /^[省市县区州][\u4e00-\u9fff]/.test(name) && name.length - suffixLength >= 3;
}
