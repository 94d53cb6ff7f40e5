import type { Section, TextRange } from '../types.js';
import { contentEnd, contentStart, type Line } from '../text/lines.js';
import { splitRunInHeadings, type Segment } from './runInHeadings.js';
import { findInlineMarkers, INLINE_FAMILIES, isVerbFamily, markerAt, type MarkerFamily, type MarkerMatch } from './markers.js';

interface Draft {
  m: MarkerMatch;
  level: number;
  inline: boolean;
  parent: Draft | null;
  /** End of the paragraph (line) holding the marker. */
  paraEnd: number;
  end: number;
}

const HEADING_END_LINE = /。/;
const HEADING_END_INLINE = /[。；;]/;

function heading(text: string, from: number, to: number, inline: boolean): string {
  const rest = text.slice(from, to);
  const cut = rest.search(inline ? HEADING_END_INLINE : HEADING_END_LINE);
  return (cut >= 0 ? rest.slice(0, cut) : rest).replace(/^[\s\u3000：:]+|[\s\u3000，,：:]+$/g, '');
}

const LOOK_AHEAD = 60;

/** Line-initial marker of each segment (null when none), for looking ahead along a list. */
function headMarkers(text: string, segments: Segment[]): Array<MarkerMatch | null> {
  return segments.map((s) => markerAt(text, s.from, undefined, s.to));
}

// A paragraph that addresses the audience (同志们！) or announces the end (最后，) opens the closing remarks.
const CLOSING_CUE = /^(?:最后[，,：:]|[\u4e00-\u9fff、]{0,10}(?:同志|同学|老师|朋友|代表|委员)们[！!：:，,])/;
// A line that is only the title of an appendix or a glossary (附件2, 名词解释): what follows is no part of the speech's outline.
const APPENDIX = /^(?:附件|附录|附表|名词解释|名词注释|注释)[\s\u3000\d一二三四五六七八九十：:]*$/;

/** Families that enumerate points in the lowest rank of an outline: 第一， 一是 一要 一抓. */
const isPointFamily = (f: MarkerFamily): boolean => f === 'di' || f === 'shi' || f === 'yao' || isVerbFamily(f);

/** True when the next line-initial marker of `m`'s family after segment `k` continues it (k+1). */
function continuedLater(heads: Array<MarkerMatch | null>, k: number, m: Pick<MarkerMatch, 'family' | 'ordinal'>): boolean {
  // Bounded, so a stray marker whose family never returns costs a few lines, not the whole text.
  for (let j = k + 1; j < heads.length && j <= k + LOOK_AHEAD; j++) {
    const h = heads[j];
    if (h && h.family === m.family) return h.ordinal === m.ordinal + 1;
  }
  return false;
}

/**
 * Builds the section tree of the body lines (dropped lines skipped): line-initial markers nest by
 * the order in which their families first appear (a family seen again closes deeper levels). A
 * marker counts when it starts a list (ordinal 1), continues its open family's list, continues a
 * list closed by a higher heading at the same depth (（一）（二） under 一、 then （三） under 二、),
 * or opens a list at k > 1 that the next marker of its family continues (an excerpt starting at
 * 二、). Headings run into the previous paragraph (…。一、…) are split off first. Inline
 * enumerations inside a paragraph become inline children of the section the paragraph is in.
 */
export function buildSections(text: string, lines: Line[], bodyLines: number[], body: TextRange): Section[] {
  const stack: Array<{ family: MarkerFamily; last: number; draft: Draft }> = [];
  // Families closed by a higher heading: their last ordinal and the depth they had.
  const closed = new Map<MarkerFamily, { last: number; depth: number }>();
  const drafts: Draft[] = [];
  const segments = splitRunInHeadings(
    text,
    bodyLines.map((i) => ({ from: contentStart(lines[i]!), to: contentEnd(lines[i]!) })).filter((s) => s.from < s.to),
  );
  const heads = headMarkers(text, segments);
  let closing = false;
  for (let k = 0; k < segments.length; k++) {
    const { from, to } = segments[k]!;
    const line = text.slice(from, to);
    if (APPENDIX.test(line)) break;
    const inlineRun = findInlineMarkers(text, from, to);
    let m = heads[k] ?? null;
    if (!m && CLOSING_CUE.test(line)) closing = true;
    // A line that runs 一是…二是… itself is an enumerating paragraph, not a heading.
    if (m && INLINE_FAMILIES.has(m.family) && inlineRun.some((x) => x.start === from)) m = null;
    if (m) {
      const idx = stack.findIndex((f) => f.family === m!.family);
      const before = closed.get(m.family);
      let depth = -1;
      const top = stack[stack.length - 1];
      if (idx >= 0) {
        if (m.ordinal === stack[idx]!.last + 1 || (m.ordinal === 1 && !isVerbFamily(m.family))) depth = idx;
      } else if (m.ordinal === 1 && isVerbFamily(m.family) && !continuedLater(heads, k, m)) depth = -1;
      else if (m.ordinal === 1 && isPointFamily(m.family) && closing) depth = 0;
      else if (m.ordinal === 1 && top && isPointFamily(m.family) && isPointFamily(top.family) && !continuedLater(heads, k, { family: top.family, ordinal: top.last })) {
        // A list of points after a finished list of points is its sibling, not its child.
        depth = stack.length - 1;
      } else if (m.ordinal === 1) depth = stack.length;
      else if (before && before.last === m.ordinal - 1 && before.depth <= stack.length) depth = before.depth;
      else if (continuedLater(heads, k, m)) depth = stack.length;
      if (depth >= 0) {
        for (const f of stack.slice(depth)) closed.set(f.family, { last: f.last, depth: stack.indexOf(f) });
        stack.length = depth;
        closed.delete(m.family);
        const parent = depth > 0 ? stack[depth - 1]!.draft : null;
        const draft: Draft = { m, level: depth + 1, inline: false, parent, paraEnd: to, end: body.end };
        stack.push({ family: m.family, last: m.ordinal, draft });
        drafts.push(draft);
        closing = false;
      } else {
        m = null;
      }
    }
    // Points listed in the closing remarks belong to the speech, not to its last section.
    const owner = stack.length > 0 && !closing ? stack[stack.length - 1]!.draft : null;
    const items = inlineRun.filter((x) => !m || x.start >= m.end);
    for (let j = 0; j < items.length; j++) {
      const x = items[j]!;
      // Only whole runs count: the filter above may have cut a run's first item away.
      const next = items[j + 1];
      const end = next && next.family === x.family && next.ordinal === x.ordinal + 1 ? next.start : to;
      drafts.push({ m: x, level: (owner?.level ?? 0) + 1, inline: true, parent: owner, paraEnd: to, end });
    }
  }
  // Line-initial sections end where the next one at the same or a higher level begins.
  const open: Draft[] = [];
  for (const d of drafts) {
    if (d.inline) continue;
    while (open.length > 0 && open[open.length - 1]!.level >= d.level) open.pop()!.end = d.m.start;
    open.push(d);
  }
  for (const d of open) d.end = body.end;
  drafts.sort((a, b) => a.m.start - b.m.start);
  const ids = new Map<Draft, string>();
  drafts.forEach((d, k) => ids.set(d, `s${k + 1}`));
  const siblings = new Map<Draft | null, number>();
  return drafts.map((d) => {
    const ordinal = (siblings.get(d.parent) ?? 0) + 1;
    siblings.set(d.parent, ordinal);
    return {
      id: ids.get(d)!,
      parentId: d.parent ? ids.get(d.parent)! : null,
      level: d.level,
      ordinal,
      marker: d.m.marker,
      heading: heading(text, d.m.end, d.inline ? d.end : d.paraEnd, d.inline),
      inline: d.inline,
      start: d.m.start,
      end: d.end,
    };
  });
}
