import { parseByline, type Byline } from './byline.js';
import { dateOf } from './titleInfo.js';

/** A subtitle line read apart: its text, the delivery date and venue it gives, and a byline on the same line. */
export interface Subtitle {
  /** The subtitle as written (its dash included), any byline after it excluded. */
  text: string;
  date: string | null;
  venue: string | null;
  byline: Byline | null;
}

const DASH = /^[ \t\u3000]*(?:——|—|--|－－|––|-)[ \t\u3000]*/;
const BRACKETED = /^[ \t\u3000]*[（(]([^（()）]{4,118})[）)][ \t\u3000]*$/;
const DATE_WORDS = '(?<date>(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年[^在，。]{0,12}?[日号]?)';
const GENRE_END = /(讲话|发言|致辞|讲稿|报告|主持词|演讲|党课)$/;
// Meeting words a venue ends with; 上/期间/开幕式上 follow them in a subtitle.
const MEETING = '(?:会议|大会|全会|会|论坛|仪式|典礼|开班式|研讨班|培训班|读书班|座谈会)';
// 2026年1月31日在…会议上 / 在…大会上的讲话 / 在…会议上作的报告: what a subtitle says.
const SAYS = new RegExp(
  `^${DATE_WORDS}?\\s*在(?<venue>[^在。；]{2,70}?${MEETING})(?:第[一二三四五六七八九十\\d]+次)?(?:上|期间|开幕式上|闭幕式上)` +
    '(?:的?(?:讲话|发言|致辞|讲稿|报告|工作报告|总结讲话|主持词|演讲|党课))?',
);

/**
 * Reads a subtitle: a line that opens with a dash (——2026年1月31日在…会议上, ——在…上的讲话), or one
 * that says when and where without a dash (2026年2月3日在…人民代表大会第五次会议上). Text after
 * the meeting on the same line may be a byline (……会议上 陕西省省长 赵刚). Null for other lines.
 */
export function readSubtitle(line: string): Subtitle | null {
  // A subtitle in brackets（2026年1月27日在…会议上）says the same as one after a dash.
  const bracketed = BRACKETED.exec(line);
  if (bracketed) {
    const inner = readSubtitle(`——${bracketed[1]!}`);
    return inner?.venue ? { ...inner, text: line.trim() } : null;
  }
  const dash = DASH.exec(line);
  const start = dash ? dash[0].length : line.length - line.trimStart().length;
  const body = line.slice(start).trimEnd();
  if (body.length < 4 || body.length > 120 || /[。！？]$/.test(body)) return null;
  const says = SAYS.exec(body);
  // Without a dash only the form that dates or places a speech without naming it is a subtitle:
  // 在…会议上的讲话 on its own line is a title.
  if (!dash && (!says || (!says.groups?.date && GENRE_END.test(says[0])))) return null;
  const lead = line.trimStart().slice(0, start - (line.length - line.trimStart().length));
  let text = lead + body;
  let byline: Byline | null = null;
  if (says) {
    const after = body.slice(says[0].length);
    const b = after.trim() ? parseByline(after) : null;
    if (b) {
      byline = { ...b, start: b.start + start + says[0].length, end: b.end + start + says[0].length };
      text = lead + body.slice(0, says[0].length).trimEnd();
    } else if (!dash && after.trim() !== '') {
      return null; // prose that merely starts with a date and 在…会上
    }
  }
  return {
    text,
    // Only a date before 在 is the delivery date: a year inside the meeting's name is not.
    date: says ? (says.groups?.date ? (dateOf(says.groups.date, true)?.iso ?? null) : null) : (dateOf(text)?.iso ?? null),
    venue: says?.groups?.venue ?? null,
    byline,
  };
}
