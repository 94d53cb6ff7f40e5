import promotion from '../lexicon/promotion.json' with { type: 'json' };
import { escapeRe } from '../text/escapeRe.js';

/**
 * Where a line sits relative to the speech: before its title/first paragraph, inside, or after its
 * end; `title` judges a title candidate, where weak words (更新, 平台 …) may well be the topic.
 */
export type LineZone = 'header' | 'title' | 'body' | 'footer';

const CONTACT = [
  /(?:https?:\/\/|www\.)\S+/i,
  /[\w.+-]+@[\w-]+\.[\w.]+/,
  /\d{7,}/, // phone, QQ or account numbers
  /\d{3,4}[-－]\d{7,8}/,
];
const GENRE_SUFFIX = /(?<=讲话|发言|致辞|报告|讲稿|党课|稿)(?:范文|范本)(?:[（(]?\d+篇[）)]?)?$/;

/** How many characters at the end of a title a download site added (…上的讲话范文（3篇）): 0 when none. */
export function collectorSuffixLength(title: string): number {
  return GENRE_SUFFIX.exec(title.trimEnd())?.[0].length ?? 0;
}
const BRACKETED_NOTICE = /^[【\[［][^】\]］]{2,40}[】\]］]$/;
const SENTENCE_END = /[。！？!?…”」』）)]$/;
const BRACKETED_LINE = /^[（(【\[［〔][^（(【\[［〔]*[）)】\]］〕]$/;
// Whether a line holds any word of a list at all: one pattern of alternatives, faster than a search
// per word on the many lines that hold none.
const anyOf = (words: readonly string[]): RegExp => new RegExp(words.map(escapeRe).join('|'));
const ANY_STRONG = anyOf(promotion.strong);
const ANY_WEAK = anyOf(promotion.weak);

/** True when a line (already trimmed) reads like advertising, a membership notice, a contact or credit line. */
export function isPromotionLine(text: string, zone: LineZone): boolean {
  let t = text.trim();
  if (t === '') return false;
  const short = t.length <= 80;
  // Download sites append their genre word to a speech title (…上的讲话范文3篇): still a title.
  if (zone === 'title') t = t.replace(GENRE_SUFFIX, '');
  if (short && CONTACT.some((re) => re.test(t))) return true;
  const strong = short && ANY_STRONG.test(t) ? promotion.strong.filter((w) => t.includes(w)) : [];
  if (strong.length > 0) {
    // Inside the speech a sentence that merely mentions e.g. 会员 is kept; boilerplate rarely ends
    // like prose, and when it does it is bracketed as a whole, or short with several promotion words.
    return zone !== 'body' || !SENTENCE_END.test(t) || BRACKETED_LINE.test(t) || (t.length <= 30 && strong.length >= 2);
  }
  // A whole bracketed line with a credit word inside a speech is an inserted credit: （来源：…）.
  if (zone === 'body') return BRACKETED_LINE.test(t) && promotion.credit.some((w) => t.includes(w));
  if (BRACKETED_NOTICE.test(t)) return true;
  if (zone === 'title') return false;
  return short && ANY_WEAK.test(t);
}
