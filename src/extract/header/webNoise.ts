import noise from '../lexicon/webNoise.json' with { type: 'json' };

/** What kind of web-page furniture a line is (see lexicon/webNoise.json). */
export type WebNoiseKind = 'toolbar' | 'label' | 'navigation' | 'caption' | 'timestamp' | 'articleEnd';

const byLength = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const TOOLBAR = byLength(noise.toolbar);
const alt = (words: string[]): string => byLength(words).join('|');
// Punctuation, brackets, separators and spaces that toolbars put between their buttons.
const FURNITURE = /[\s\u00a0\u3000【】\[\]［］（）()|｜:：·•、,，/>＞»«<＜\-—_=+*×✕#]/g;
// 来源：… / 作者：… / 发布时间：… — a labelled field opens the line (several may follow on it).
const LABEL = new RegExp(`^[【\\[（(]?(?:${alt(noise.labels)})\\s*[:：]`);
const PUBLICATION_LABEL = new RegExp(`(?:${alt(noise.publicationLabels)})\\s*[:：]`);
const NAVIGATION = new RegExp(`^(?:${alt(noise.navigation)})\\s*[:：]`);
// A breadcrumb: short items joined by > or » (首页 > 要闻 > 正文).
const BREADCRUMB = /^[^。！？；]{1,12}(?:\s*[>＞»]\s*[^。！？；>＞»]{1,16}){1,}\s*[>＞»]?$/;
const ARTICLE_END = new RegExp(`^[【\\[]?(?:${alt(noise.articleEnd)})[】\\]]?\\s*(?:[:：>》]+.*)?$`);
const CREDIT = new RegExp(alt(noise.photoCredit));
// A photo credit ends the caption: …本报记者 林君 摄 / （新华社记者 某某 摄）.
const CAPTION_END = /摄(?:影)?\s*[）)]?$/;
// Date and time of day together: the stamp of a publication, never a delivery date.
const CLOCK = /\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*时\s*\d{1,2}\s*分/;
const DATE_PART = /(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)/;
// A stamp may carry labelled fields after it on the same line (2018-05-02 22:56:27 来源：新华社).
const TIMESTAMP = new RegExp(
  `^[（(]?\\s*${DATE_PART.source}\\s*(?:${CLOCK.source})(?:\\s*[:：]\\s*\\d{2})?\\s*[）)]?(?:\\s+(?:${alt(noise.labels)})\\s*[:：].{0,40})?$`,
);

/** True when a line is nothing but toolbar buttons and their punctuation (【字号：大 中 小】, 下载 打印 全屏). */
export function isToolbar(line: string): boolean {
  let rest = line.replace(FURNITURE, '');
  if (rest === '') return line.trim() !== '';
  while (rest !== '') {
    const w = TOOLBAR.find((x) => rest.startsWith(x));
    if (!w) return false;
    rest = rest.slice(w.length);
  }
  return true;
}

/** True when a line is a photo caption ending in a photo credit (…本报记者 林君 摄). */
export function isPhotoCaption(line: string): boolean {
  const t = line.trim();
  return t.length <= 120 && CAPTION_END.test(t) && (CREDIT.test(t) || /[\s\u3000]摄\s*[）)]?$/.test(t));
}

/** True when a labelled line gives a publication time (时间：2026-02-05, 发布时间：…), or is a date with a time of day. */
export function isPublicationLine(line: string): boolean {
  const t = line.trim();
  return (LABEL.test(t) && PUBLICATION_LABEL.test(t)) || TIMESTAMP.test(t);
}

/**
 * The kind of web-page furniture a (trimmed, compacted or not) line is, or null for text: toolbar
 * buttons, labelled metadata (来源/时间/作者/编辑 …), navigation and breadcrumbs, photo captions,
 * publication time stamps, and the headings that close an article (相关报道, 上一篇, 关闭窗口 …).
 */
export function webNoiseKind(line: string): WebNoiseKind | null {
  const t = line.trim();
  if (t === '') return null;
  if (ARTICLE_END.test(t)) return 'articleEnd';
  if (TIMESTAMP.test(t)) return 'timestamp';
  if (LABEL.test(t) && t.length <= 120) return 'label';
  if (NAVIGATION.test(t) || (t.length <= 80 && BREADCRUMB.test(t))) return 'navigation';
  if (isPhotoCaption(t)) return 'caption';
  if (t.length <= 60 && isToolbar(t)) return 'toolbar';
  return null;
}

/** True for a label with no value on its line (来源:), whose value stands on the next line. */
export function isBareLabel(line: string): boolean {
  return LABEL.test(line.trim()) && /[:：]$/.test(line.trim());
}
