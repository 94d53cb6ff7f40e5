import promotion from '../lexicon/promotion.json' with { type: 'json' };

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
const BRACKETED_NOTICE = /^[【\[［][^】\]］]{2,40}[】\]］]$/;
const SENTENCE_END = /[。！？!?…”」』）)]$/;

/** True when a line (already trimmed) reads like advertising, a membership notice, a contact or credit line. */
export function isPromotionLine(text: string, zone: LineZone): boolean {
  const t = text.trim();
  if (t === '') return false;
  const short = t.length <= 80;
  if (short && CONTACT.some((re) => re.test(t))) return true;
  if (short && promotion.strong.some((w) => t.includes(w))) {
    // Inside the speech a sentence that merely mentions e.g. 会员 is kept; boilerplate rarely ends like prose.
    return zone !== 'body' || !SENTENCE_END.test(t);
  }
  if (zone === 'body') return false;
  if (BRACKETED_NOTICE.test(t)) return true;
  if (zone === 'title') return false;
  return short && promotion.weak.some((w) => t.includes(w));
}
