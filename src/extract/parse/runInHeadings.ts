import { markerAt, type MarkerFamily, type MarkerMatch } from './markers.js';

/** A stretch of the body that the section builder reads as one line: [from, to) without blanks at the ends. */
export interface Segment {
  from: number;
  to: number;
}

// Families that mark headings only; 一是/一要/第一/① also enumerate inside paragraphs on purpose.
const HEADING_FAMILIES: ReadonlySet<MarkerFamily> = new Set(['cn-dun', 'cn-paren', 'ar-dot', 'ar-dun', 'ar-paren', 'paren-num']);
const SENTENCE_END = /[。！？!?；;：:][\s\u3000]*/g;
const LOOK_BACK = 40;

/** The marker of `family` numbered `ordinal` written right after a sentence end inside [from, to), last one first. */
function runInMarker(text: string, seg: Segment, family: MarkerFamily, ordinal: number): MarkerMatch | null {
  const span = text.slice(seg.from, seg.to);
  let found: MarkerMatch | null = null;
  for (const hit of span.matchAll(SENTENCE_END)) {
    const at = seg.from + (hit.index ?? 0) + hit[0].length;
    if (at >= seg.to) continue;
    const m = markerAt(text, at, new Set([family]), seg.to);
    if (m && m.ordinal === ordinal) found = m;
  }
  return found;
}

/**
 * Splits a body line where a heading was run into it (scraped text often loses the line break
 * before 一、): when a line opens with a heading marker numbered k > 1 and no line before it
 * opened with k − 1 of the same family, the k − 1 marker written right after a sentence end in
 * one of the preceding lines starts a segment of its own. Other lines pass through unchanged.
 */
export function splitRunInHeadings(text: string, lines: Segment[]): Segment[] {
  const out: Segment[] = [];
  const lastOrdinal = new Map<MarkerFamily, number>();
  for (const seg of lines) {
    const m = markerAt(text, seg.from, HEADING_FAMILIES, seg.to);
    if (m && m.ordinal > 1 && lastOrdinal.get(m.family) !== m.ordinal - 1) {
      for (let j = out.length - 1; j >= 0 && out.length - j <= LOOK_BACK; j--) {
        const prev = out[j]!;
        if (markerAt(text, prev.from, new Set([m.family]), prev.to)) break; // that list is visible there
        const runIn = runInMarker(text, prev, m.family, m.ordinal - 1);
        if (runIn) {
          out.splice(j, 1, { from: prev.from, to: trimEnd(text, prev.from, runIn.start) }, { from: runIn.start, to: prev.to });
          break;
        }
      }
    }
    if (m) lastOrdinal.set(m.family, m.ordinal);
    out.push(seg);
  }
  return out;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /[\s\u3000]/.test(text[end - 1]!)) end--;
  return end;
}
