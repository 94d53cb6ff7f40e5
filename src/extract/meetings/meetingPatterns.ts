import { CN_NUMERAL, PLACEHOLDER } from '../text/numerals.js';

const NUM = `[${CN_NUMERAL}\\d${PLACEHOLDER}]{1,4}`;
// A local party committee: 省委, 市委 …, and 自治区党委 (written so in Inner Mongolia, Tibet …).
const LOCAL_COMMITTEE = '(?:自治区党委|省委|市委|县委|区委|州委)';
const ORGAN = `(?:中央|${LOCAL_COMMITTEE}|全国|省|市|县|区)`;
const BRACKET = '[（(]扩大[）)]';
const SESSION_KIND = [
  '全会',
  `全体(?:${BRACKET})?会议`,
  `全委(?:${BRACKET})?会议`,
  '全委会',
  `(?:省委|市委|县委|区委)?常委(?:${BRACKET})?会议`,
  '常委会议',
  '常委会',
  '党代会',
  '党员代表大会',
  '代表大会',
].join('|');

/**
 * Numbered meetings: 十九届五中全会, 省委十一届七次全会, 第十九届中央委员会第五次全体会议,
 * ×届×次市委常委（扩大）会议, 省×次党代会, 十三届全国人大三次会议. Groups: org, congress, organ
 * after the congress, session, kind (中全会 or the words after 次).
 */
export const NUMBERED_MEETING = new RegExp(
  `(?<org>(?:党的|中共|中国共产党)?${ORGAN}?)` +
    `(?:第?(?<congress>${NUM})届(?<organ>中央委员会|中央纪委|全国人大|全国政协|(?:省|市|县|区)?(?:纪委|委|人大|政协)|${ORGAN})?(?:常委会)?)?` +
    `第?(?<session>${NUM})(?:(?<plenum>中全会)|次(?<kind>${SESSION_KIND}|会议))`,
  'g',
);

/** What every NUMBERED_MEETING match holds: the session's last digit, then 中全会 or 次. */
export const NUMBERED_MEETING_CORE = new RegExp(`[${CN_NUMERAL}\\d${PLACEHOLDER}](?:中全会|次)`);

/**
 * Party congresses written short: 党的十九大, 二十大 (when followed by words that show a meeting).
 * The first ten (党的七大, 党的八大) only after 党的: a bare 七大/八大 is as often "seven big …".
 */
export const PARTY_CONGRESS = new RegExp(
  `(?<org>党的)?(?<congress>十[一二三四五六七八九]|二十[一二三四五六七八九]?|(?<=党的)[一二三四五六七八九十])大(?=以来|以后|以前|之后|精神|报告|召开|胜利|提出|作出|确定|明确|强调|指出|部署|的|和|、|，|。|”|以及|上)`,
  'g',
);

/** Party congresses written in full: 中国共产党第二十次全国代表大会, 党的第十九次全国代表大会. */
export const PARTY_CONGRESS_FULL = new RegExp(
  `(?:中国共产党|党的)第(?<congress>[${CN_NUMERAL}]{1,4})次全国代表大会`,
  'g',
);

/** What every PARTY_CONGRESS or PARTY_CONGRESS_FULL match holds: a numeral before 大, or 次全国代表大会. */
export const PARTY_CONGRESS_CORE = /[一二三四五六七八九十]大|次全国代表大会/;

/** Number + 次 opening a named meeting (×次书记专题会议): its session number. */
export const SESSION_PREFIX = new RegExp(`^(${NUM})次`);

/** True when a string holds a placeholder (× X) standing for a hidden name or number. */
export function hasPlaceholder(s: string): boolean {
  return new RegExp(`[${PLACEHOLDER}]`).test(s);
}

/**
 * Enumerated plenums sharing one congress: 十九届二中、三中、四中全会, 十九届二、三、四中全会,
 * 省委十一届九次、十次全会. Groups: org (a local party committee), congress, list, last, kind.
 */
export const PLENUM_LIST = new RegExp(
  `(?:党的)?(?<org>${LOCAL_COMMITTEE})?(?<congress>${NUM})届(?<list>(?:${NUM}(?:中|次)?[、，和及与])+)(?<last>${NUM})(?<kind>中全会|次全会|次全体会议)`,
  'g',
);
