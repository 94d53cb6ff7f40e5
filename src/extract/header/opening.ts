import { levelOf } from '../meetings/level.js';
import type { AdminLevel, Genre } from '../types.js';
import { openingSpeaker, type Byline } from './byline.js';

/** What the first sentences of a text say about it when no header does. */
export interface Opening {
  /** The meeting the text is addressed to (向…作报告) or opens (中国共产党第十四次全国代表大会…召开了), as written. */
  venue: string | null;
  /** The report's genre when the opening names it (作政府工作报告, 代表中央委员会作报告) or its congress. */
  genre: Genre | null;
  speaker: Byline | null;
  /** Offset in the opening given where the speaker's name is written. */
  speakerAt: number | null;
  /** The body the speaker speaks for (我代表国务院, 我受十二届中央委员会委托), as written, or null. */
  speakingFor: string | null;
}

const SPEAKING_FOR = /我(?:代表|受)(?<body>[^，,。：:；;！？]{2,24}?)(?:的?委托)?(?=[，,]|向|作|现在|提出)/;

const N = '[一二三四五六七八九十百〇零两\\d]+';
// A congress or a session of one, with the body or place that holds it: 中国共产党第十四次全国代表大会,
// 党的第十二次全国代表大会, 第六届全国人民代表大会第一次会议, 江苏省第十四届人民代表大会第四次会议.
const PLACE = '(?:[\\u4e00-\\u9fff]{1,10}?(?:省|市|县|区|州|旗|盟))';
const CONGRESS =
  `(?:(?:中国共产党|中共|党的)?${PLACE}?第${N}次(?:全国)?代表大会(?:第${N}次会议)?` +
  `|(?:中华人民共和国)?${PLACE}?第${N}届(?:全国)?人民代表大会(?:第${N}次会议)?)`;
// The meeting as the one the speaker addresses (向…作/提出…), or as the subject of a sentence that
// says it is being held (…召开了, …现在开幕了, …将是一次…大会) or that the speakers are (我们…会议).
const ADDRESSED = new RegExp(`向(?<v>${CONGRESS})(?:[^。！？]{0,6})?(?:作|提出|报告)`);
const SUBJECT = new RegExp(`^(?:(?<we>我们|这次|本次))?(?<v>${CONGRESS})`);
const HELD = new RegExp(`^${CONGRESS}[，,、]?[^。！？]{0,40}(?:召开|开幕|举行|是一次|将是|是在|是我们)`);
const SALUTATION = /^(?:各位代表|同志们|代表们|各位委员|同志们、朋友们)[：:！!，,]?\s*/;
// A heading (一、…) ends the opening: what follows reports on the past.
const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;
// Words around a congress that look back on it or study it: 自从…以来, 上届…, 学习贯彻…精神.
const BEFORE_PAST = /(上届|历届|自从|从|学习|贯彻|落实)$/;
const AFTER_PAST = /^(以来|以后|期间|闭幕|胜利闭幕|精神|的精神)/;

const PEOPLES_CONGRESS = /人民代表大会/;
const PARTY_CONGRESS = /(中国共产党|中共|党的).{0,8}代表大会|^第.{1,4}次全国代表大会/;
const GOVERNMENT_REPORT = /政府工作报告|报告政府工作|我(?:代表|受)[\u4e00-\u9fff]{0,12}(?:人民政府|国务院).{0,16}(?:作|提出).{0,40}报告/;
const PARTY_REPORT = /我(?:代表|受)[^，。]{0,16}(?:中央委员会|委员会).{0,20}作.{0,30}报告/;
// Deputies are addressed by a report to a people's congress; comrades by a party report.
const DEPUTIES = /^(?:各位代表|代表们)/;
const GOVERNMENT_ROLE = /(总理|省长|市长|县长|区长|州长|旗长|乡长|镇长|政府主席)$/;
const PARTY_ROLE = /(书记|中央委员会主席)$/;
const SENTENCES = /[^。！？!?\n]+[。！？!?]?/g;

/** The first sentences of `body` after a salutation (各位代表：, 同志们！), at most `count`. */
function openingSentences(body: string, count: number): Array<{ text: string; at: number }> {
  const lead = SALUTATION.exec(body)?.[0].length ?? 0;
  const out: Array<{ text: string; at: number }> = [];
  SENTENCES.lastIndex = lead;
  for (let m = SENTENCES.exec(body); m !== null && out.length < count; m = SENTENCES.exec(body)) {
    const text = m[0].trim();
    if (text.length > 0) out.push({ text, at: m.index + m[0].indexOf(text) });
  }
  return out;
}

/** The first congress a sentence names as the venue, skipping congresses it looks back on. */
function venueIn(sentence: string): string | null {
  for (const re of [SUBJECT, ADDRESSED]) {
    const m = re.exec(sentence);
    const v = m?.groups?.v;
    if (!m || !v) continue;
    // A subject must be said to be held (召开…) unless the speakers call it theirs (我们…会议).
    if (re === SUBJECT && !m.groups?.we && !HELD.test(sentence)) continue;
    const at = m.index + m[0].indexOf(v);
    if (BEFORE_PAST.test(sentence.slice(Math.max(0, at - 4), at)) || AFTER_PAST.test(sentence.slice(at + v.length))) continue;
    return v;
  }
  return null;
}

/**
 * Reads the opening of a text (its first sentences after the salutation, up to a first heading)
 * for the venue, the genre of a report and a speaker named in the third person (周恩来总理在报告中指出).
 */
export function readOpening(body: string): Opening {
  const sentences = openingSentences(body, 40);
  const end = sentences.findIndex((s) => HEADING.test(s.text));
  const opening = (end < 0 ? sentences : sentences.slice(0, end)).slice(0, 4);
  let venue: string | null = null;
  for (const s of opening) {
    venue = venueIn(s.text);
    if (venue) break;
  }
  let speaker: Byline | null = null;
  let speakerAt: number | null = null;
  for (const s of sentences) {
    // Most sentences tell no one's report: the cheap test first.
    if (!s.text.includes('在报告中') && !s.text.includes('在讲话中')) continue;
    const b = openingSpeaker(s.text);
    if (b) {
      speaker = b;
      speakerAt = s.at + b.start;
      break;
    }
  }
  const joined = opening.map((s) => s.text).join('');
  let genre: Genre | null = null;
  if (GOVERNMENT_REPORT.test(joined) || (venue && PEOPLES_CONGRESS.test(venue))) genre = 'work_report';
  else if (PARTY_REPORT.test(joined) || (venue && PARTY_CONGRESS.test(venue))) genre = 'party_report';
  else if (speaker?.role && GOVERNMENT_ROLE.test(speaker.role)) genre = 'work_report';
  else if (speaker?.role && PARTY_ROLE.test(speaker.role)) genre = 'party_report';
  else if (DEPUTIES.test(body.trimStart())) genre = 'work_report';
  const speakingFor = SPEAKING_FOR.exec(joined)?.groups?.body ?? null;
  return { venue, genre, speaker, speakerAt, speakingFor };
}

const CENTRAL_BODY = /中央委员会|中共中央|党中央|国务院|中央人民政府|政务院|全国人民代表大会常务委员会/;

/**
 * The level of a body a speaker speaks for: central for the party's central committee, the State
 * Council and the central government (a body with a place before it, 中共江苏省委员会, is not);
 * else the level its organ or scope words name.
 */
export function speakingLevel(body: string): AdminLevel | null {
  const at = body.search(CENTRAL_BODY);
  if (at >= 0 && !/[省市县区州旗盟]/.test(body.slice(0, at).replace(/届|次/g, ''))) return 'central';
  return levelOf(body);
}
