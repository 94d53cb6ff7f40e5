import { collectorSuffixLength, isPromotionLine } from './promotion.js';
import type { Diagnostic, TextRange } from '../types.js';
import { LineKinds, type HeaderLineKind } from './headerLines.js';
import { compactSpaces, contentEnd, contentStart, splitLines, type Line } from '../text/lines.js';
import { markerAt } from '../parse/markers.js';
import { webNoiseKind } from './webNoise.js';

/** Where the parts of a speech file are: title, body, and boilerplate lines dropped by cleaning. */
export interface Layout {
  lines: Line[];
  /** The title as read (letter-spacing removed, two-line titles joined), '' when none was found. */
  title: string;
  titleRange: TextRange | null;
  /** Index range [first, last] of the body lines in `lines`; first > last when there is no body. */
  firstBodyLine: number;
  lastBodyLine: number;
  body: TextRange;
  /** Line indices dropped as boilerplate (before the title, after the end, or promotion inside). */
  dropped: Set<number>;
  /** Short non-promotion lines between title and body or after the body (dates, speaker names). */
  metaLines: number[];
  /** Up to three nearest non-blank, non-promotion lines above the title (a date may stand there). */
  aboveTitle: number[];
  /** What each non-blank line outside the body is (subtitle, byline, date line, web noise …). */
  kinds: Map<number, HeaderLineKind>;
  diagnostics: Diagnostic[];
}

const SENTENCE_END = /[。！？!?；;：:…”」』]$/;
const TITLE_WORDS =
  /(讲话|发言|致辞|报告|讲稿|党课|心得|体会|研讨|汇报|演讲|提纲|总结|主持词|述职|在.{2,40}(会|上)|关于)/;
// Title shapes that prose never has: 在…上的讲话, …研讨发言, …致辞 as the whole line's ending.
const STRONG_TITLE = /(^在.{2,50}(上的|会|会议)(讲话|发言|致辞|报告)$|(讲话|发言|致辞|讲稿|党课)$)/;
// A date line (2021年3月5日上午, （二〇二〇年十月）), never a short title that opens with a year (2026年政府工作报告).
const DATE_LINE = /^[（(]?\s*[\d〇零一二三四五六七八九十]{4}\s*年\s*(?:[\d〇零一二三四五六七八九十]{1,2}\s*月.{0,8})?[）)]?$/;
const ADDRESS = /^(同志们|各位|尊敬的|女士们|大家好)/;
const CLOSING_CREDIT = /^[（(](?:来源|稿源|责任编辑|编辑|完|新华社[^）)]{0,12}电)[^（(）)]{0,30}[）)]$/;
const GENRE_END = /(讲话|发言|致辞|报告|讲稿|党课|演讲|提纲)$/;
// Header line kinds that are web furniture: dropped, though publication stamps are read first.
const HEADER_NOISE = new Set<HeaderLineKind>(['noise', 'published', 'caption']);

/** Inside the body only unmistakable furniture goes: captions, toolbars, time stamps, short labelled lines. */
function isBodyNoise(t: string): boolean {
  const kind = webNoiseKind(t);
  return kind === 'caption' || kind === 'toolbar' || kind === 'timestamp' || (kind === 'label' && t.length <= 40);
}

/** True when a (compacted) line reads as running prose, a heading or an address: the speech has begun. */
function isParagraph(line: Line, text: string, t: string): boolean {
  // A long title (…会议上的讲话) has no sentence punctuation inside and ends with its genre word.
  if (t.length < 80 && !/[。！？!?；;]/.test(t) && /(讲话|发言|致辞|报告|讲稿|党课|心得|体会)$/.test(t)) return false;
  if (t.length >= 40 || SENTENCE_END.test(t) || ADDRESS.test(t)) return true;
  return markerAt(text, contentStart(line), undefined, contentEnd(line)) !== null && t.length >= 6;
}

/** Outside the body: strong promotion anywhere, weak promotion words only on short lines (prose may say 关注). */
function isBoilerplate(t: string): boolean {
  return isPromotionLine(t, 'title') || (t.length < 40 && isPromotionLine(t, 'header'));
}

function isTitleLike(t: string): boolean {
  return t.length >= 6 && isTitleFragment(t);
}

// The second half of a split title may be as short as 上的讲话.
function isTitleFragment(t: string): boolean {
  return t.length >= 2 && t.length <= 80 && !SENTENCE_END.test(t) && !DATE_LINE.test(t);
}

// A title split over two lines: the first cannot end there, or the second continues it.
function continuesTitle(first: string, second: string): boolean {
  if (/^(——|—|--|上的|的|会上|会议|暨|之)/.test(second)) return true;
  if (/[的在和与暨及、，,“]$/.test(first)) return true;
  return /^在/.test(first) && !/(讲话|发言|致辞|报告)$/.test(first) && /(讲话|发言|致辞|报告)$/.test(second);
}

// A main title printed as two parallel phrases (不忘初心担使命 / 奋力开创新局面) above its subtitle.
const PHRASE = /^[^，。：:；;！？、“”《》（）()\s]{4,24}$/;
function parallelHalves(first: string, second: string): boolean {
  return PHRASE.test(first) && PHRASE.test(second) && !GENRE_END.test(first) && !GENRE_END.test(second);
}

/**
 * Finds the title and the body of a speech and the boilerplate around them, by line shape,
 * position and promotion vocabulary: everything before the title is header, promotion lines
 * after the last paragraph are footer, and short contact/advertising lines inside are dropped.
 */
export function findLayout(text: string): Layout {
  const lines = splitLines(text);
  const diagnostics: Diagnostic[] = [];
  const dropped = new Set<number>();
  const compact = lines.map((l) => compactSpaces(l.text));
  const blank = (i: number): boolean => compact[i] === '';

  // Web furniture, subtitles, bylines and captions are header lines whatever their length.
  const kinds = new LineKinds(compact);
  // A headline right after a closing credit (（来源：新华社）, （完）) opens the page's next item.
  const startsNextItem = (i: number): boolean => {
    let prev = i - 1;
    while (prev > 0 && blank(prev)) prev--;
    const t = compact[i] ?? '';
    return CLOSING_CREDIT.test(compact[prev] ?? '') && isTitleLike(t) && !isParagraph(lines[i]!, text, t);
  };
  const isText = (i: number): boolean => kinds.get(i) === 'text' && !isBoilerplate(compact[i] ?? '');
  // The first paragraph that is not promotion or header opens the speech.
  let first = lines.findIndex((l, i) => isText(i) && isParagraph(l, text, compact[i] ?? ''));
  if (first < 0) first = lines.findIndex((_, i) => isText(i));
  // Advertising prose without promotion words can look like a first paragraph; a line that is
  // unmistakably a speech title (…上的讲话) a few lines further down shows where the speech starts.
  if (first >= 0) {
    let seen = 0;
    for (let i = first + 1; i < lines.length && seen < 12; i++) {
      const t = compact[i] ?? '';
      if (t === '' || !isText(i)) continue;
      seen++;
      if (markerAt(text, contentStart(lines[i]!), undefined, contentEnd(lines[i]!)) !== null || ADDRESS.test(t)) break;
      if (isTitleLike(t) && STRONG_TITLE.test(t) && !isBoilerplate(t)) {
        const next = lines.findIndex((l, j) => j > i && isText(j) && isParagraph(l, text, compact[j] ?? ''));
        if (next > i) first = next;
        break;
      }
    }
  }

  // The title: the nearest title-like line before it, preferring one with title vocabulary.
  let titleIdx = -1;
  let best = -Infinity;
  let seen = 0;
  for (let i = (first < 0 ? lines.length : first) - 1; i >= 0 && seen < 8; i--) {
    const t = compact[i] ?? '';
    if (t === '' || kinds.get(i) !== 'text') continue;
    seen++;
    if (isPromotionLine(t, 'title') || !isTitleLike(t)) continue;
    const score = (TITLE_WORDS.test(t) ? 3 : 0) - seen * 0.5;
    if (score > best) {
      best = score;
      titleIdx = i;
    }
  }
  let titleStartIdx = titleIdx;
  let titleEndIdx = titleIdx;
  if (titleIdx >= 0) {
    // A subtitle (——在…上的讲话, ——2026年1月31日在…会议上) is never part of the title.
    const fragment = (i: number): boolean =>
      (compact[i] ?? '') !== '' && kinds.get(i) === 'text' && isTitleFragment(compact[i] ?? '') && !isPromotionLine(compact[i] ?? '', 'title');
    const cur = compact[titleIdx] ?? '';
    if (titleIdx + 1 !== first && fragment(titleIdx + 1) && continuesTitle(cur, compact[titleIdx + 1] ?? '')) titleEndIdx = titleIdx + 1;
    const subtitled = titleEndIdx > titleIdx || kinds.get(titleIdx + 1) === 'subtitle';
    const prev = compact[titleIdx - 1] ?? '';
    if (fragment(titleIdx - 1) && (continuesTitle(prev, cur) || (subtitled && parallelHalves(prev, cur)))) titleStartIdx = titleIdx - 1;
  }

  const aboveTitle: number[] = [];
  for (let i = titleStartIdx - 1; titleIdx >= 0 && i >= 0 && aboveTitle.length < 3; i--) {
    if (!blank(i) && !isBoilerplate(compact[i] ?? '') && !HEADER_NOISE.has(kinds.get(i) ?? 'text')) aboveTitle.push(i);
  }
  const metaLines: number[] = [];
  const headerEnd = titleIdx >= 0 ? titleEndIdx : first; // lines before this index are header
  for (let i = 0; i < lines.length && i < (first < 0 ? lines.length : first); i++) {
    if (blank(i) || (i >= titleStartIdx && i <= titleEndIdx && titleIdx >= 0)) continue;
    // Subtitles, bylines and date lines are kept wherever they stand; web furniture never is.
    const kind = kinds.get(i) ?? 'text';
    if (HEADER_NOISE.has(kind) || isBoilerplate(compact[i] ?? '')) dropped.add(i);
    else if (i > headerEnd || kind !== 'text') metaLines.push(i);
    else dropped.add(i);
  }

  // The end: the last paragraph-like line before the web furniture that closes an article (相关报道,
  // 上一篇 …; what follows it is another item); promotion and short non-prose lines after it are footer.
  let last = lines.length - 1;
  const closing = first < 0 ? -1 : lines.findIndex((l, i) => i > first && !blank(i) && (webNoiseKind(compact[i] ?? '') === 'articleEnd' || startsNextItem(i)));
  if (closing > 0) {
    for (let i = closing; i <= last; i++) if (!blank(i)) dropped.add(i);
    last = closing - 1;
  }
  while (last >= 0 && (blank(last) || isBoilerplate(compact[last] ?? '') || !isParagraph(lines[last]!, text, compact[last] ?? ''))) {
    if (!blank(last)) {
      if (isBoilerplate(compact[last] ?? '') || HEADER_NOISE.has(kinds.get(last) ?? 'text')) dropped.add(last);
      else metaLines.push(last);
    }
    last--;
  }
  if (first >= 0 && last < first) last = first;
  if (first >= 0) {
    for (let i = first; i <= last; i++) {
      if (!blank(i) && (isPromotionLine(compact[i] ?? '', 'body') || isBodyNoise(compact[i] ?? ''))) dropped.add(i);
    }
  }

  for (const i of [...dropped].sort((a, b) => a - b)) {
    const l = lines[i]!;
    diagnostics.push({
      severity: 'info',
      code: 'DROPPED_LINE',
      message: `dropped boilerplate line ${i + 1}: ${compact[i]?.slice(0, 40)}`,
      range: { start: l.start, end: l.end },
    });
  }

  let title = '';
  let titleRange: TextRange | null = null;
  if (titleIdx >= 0) {
    const parts = compact.slice(titleStartIdx, titleEndIdx + 1);
    // A download site's genre word after the title (…的讲话范文3篇) is not the speech's.
    const added = collectorSuffixLength(compact[titleEndIdx] ?? '');
    title = parts.join('').slice(0, added > 0 ? -added : undefined);
    titleRange = { start: contentStart(lines[titleStartIdx]!), end: contentEnd(lines[titleEndIdx]!) - collectorSuffixLength(lines[titleEndIdx]!.text) };
  } else {
    diagnostics.push({ severity: 'warning', code: 'NO_TITLE', message: 'no title line found before the speech text' });
  }
  const body =
    first >= 0 ? { start: contentStart(lines[first]!), end: contentEnd(lines[last]!) } : { start: text.length, end: text.length };
  if (first < 0) diagnostics.push({ severity: 'warning', code: 'NO_BODY', message: 'no speech text found after cleaning' });
  return {
    lines,
    title,
    titleRange,
    firstBodyLine: first < 0 ? lines.length : first,
    lastBodyLine: first < 0 ? lines.length - 1 : last,
    body,
    dropped,
    metaLines: metaLines.sort((a, b) => a - b),
    aboveTitle,
    kinds: kinds.outside(first < 0 ? lines.length : first, first < 0 ? lines.length - 1 : last),
    diagnostics,
  };
}
