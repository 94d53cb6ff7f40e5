import { cut } from '../segment/segment.js';
import { Rewriter, type OffsetMap } from '../text/offsetMap.js';
import { parseNameLine, parseRoleLine } from './byline.js';
import { readSubtitle } from './subtitle.js';
import { webNoiseKind } from './webNoise.js';

/**
 * The header as one piece: lines that belong together are joined (a subtitle, a title or a byline
 * broken over lines) and a title printed on one line with its subtitle is split from it, before
 * the header lines are classified one by one. Only the lines before the first paragraph are read.
 */
export function joinHeaderLines(text: string): { text: string; map: OffsetMap | null } {
  const lines = headerLines(text);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (let k = 0; k < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1];
    const t = a.text.trim();
    // 2026年政府工作报告——2026年1月28日在…会议上: the title, then its subtitle on a line of its own.
    const dash = t.indexOf('——');
    if (dash >= 2 && !/[。！？，；：]/.test(t.slice(0, dash)) && readSubtitle(t.slice(dash))?.venue) {
      const at = a.start + a.text.indexOf('——');
      edits.push({ start: at, end: at, text: '\n' });
      continue;
    }
    if (!b) continue;
    const u = b.text.trim();
    const gap = { start: a.end, end: b.start };
    // ——2026年1月27日 / 在…会议上: a subtitle broken over lines.
    if (/^(——|[（(])/.test(t) && !readSubtitle(t)?.venue && readSubtitle(`${t}${u}`)?.venue) {
      edits.push({ ...gap, text: '' });
      k++;
      continue;
    }
    // 省长 / 王正谱: a byline with its role and its name on lines of their own.
    if (parseRoleLine(t) && parseNameLine(u)) {
      edits.push({ ...gap, text: ' ' });
      k++;
      continue;
    }
    // 2026年江苏 / 省政府工作报告: a title broken mid-word; the second part ends with the genre word.
    // 2026年 / 政府工作报告: broken after the year the title opens with (a date line names a month).
    if (isFragment(t) && isFragment(u) && !GENRE_END.test(t) && GENRE_END.test(u) && `${t}${u}`.length <= 40 && !parseRoleLine(t) && (YEAR_ONLY.test(t) || wordAcross(t, u))) {
      edits.push({ ...gap, text: '' });
      k++;
    }
  }
  if (edits.length === 0) return { text, map: null };
  edits.sort((x, y) => x.start - y.start);
  const w = new Rewriter(text);
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    w.keep(at, e.start);
    w.put(e.start, e.end, e.text);
    at = e.end;
  }
  w.keep(at, text.length);
  return w.result();
}

const GENRE_END = /(报告|讲话|发言|致辞|讲稿|党课|演讲|提纲)$/;
const YEAR_ONLY = /^\d{4}年$/;
const PARAGRAPH = /[。！？；]|^(同志们|各位|尊敬的|女士们|大家好)/;
const HEADER_LINES = 40;

// A news agency's dateline (新华社北京3月16日电) stands above a title, never inside it.
const DATELINE = /(新华社|中新社|本报|电$|讯$)/;

/** A short line with no sentence punctuation that is not web furniture, a dateline nor a subtitle. */
function isFragment(t: string): boolean {
  return t.length >= 2 && t.length <= 30 && !/[。！？，,；：:、“”《》（）()—\s]/.test(t) && webNoiseKind(t) === null && !readSubtitle(t) && !DATELINE.test(t);
}

/** True when a word runs across the break (2026年江苏 / 省政府…: 江苏省): the line was broken mid-word. */
function wordAcross(first: string, second: string): boolean {
  let at = 0;
  for (const token of cut(`${first}${second}`)) {
    if (at < first.length && at + token.length > first.length) return true;
    at += token.length;
  }
  return false;
}

interface HeaderLine {
  start: number;
  end: number;
  text: string;
}

/** The non-blank lines before the first paragraph (at most HEADER_LINES), with their offsets. */
function headerLines(text: string): HeaderLine[] {
  const out: HeaderLine[] = [];
  let start = 0;
  while (start < text.length && out.length < HEADER_LINES) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const t = line.trim();
    if (t !== '') {
      if (PARAGRAPH.test(t) || t.length >= 60) break;
      out.push({ start, end, text: line });
    }
    start = end + 1;
  }
  return out;
}
