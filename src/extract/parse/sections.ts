import type { Section, TextRange } from '../types.js';
import { contentEnd, contentStart, type Line } from './lines.js';
import { findInlineMarkers, INLINE_FAMILIES, markerAt, type MarkerFamily, type MarkerMatch } from './markers.js';

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

/**
 * Builds the section tree of the body lines (dropped lines skipped): line-initial markers nest by
 * the order in which their families first appear (a family seen again closes deeper levels), a
 * marker counts only when it starts a list (ordinal 1) or continues its family's list; inline
 * enumerations inside a paragraph become inline children of the section the paragraph is in.
 */
export function buildSections(text: string, lines: Line[], bodyLines: number[], body: TextRange): Section[] {
  const stack: Array<{ family: MarkerFamily; last: number; draft: Draft }> = [];
  const drafts: Draft[] = [];
  for (const i of bodyLines) {
    const line = lines[i]!;
    const from = contentStart(line);
    const to = contentEnd(line);
    if (from >= to) continue;
    const inlineRun = findInlineMarkers(text, from, to);
    let m = markerAt(text, from, undefined, to);
    // A line that runs 一是…二是… itself is an enumerating paragraph, not a heading.
    if (m && INLINE_FAMILIES.has(m.family) && inlineRun.some((x) => x.start === from)) m = null;
    if (m) {
      const idx = stack.findIndex((f) => f.family === m!.family);
      const ok = idx >= 0 ? m.ordinal === stack[idx]!.last + 1 || m.ordinal === 1 : m.ordinal === 1;
      if (ok) {
        const depth = idx >= 0 ? idx : stack.length;
        stack.length = depth;
        const parent = depth > 0 ? stack[depth - 1]!.draft : null;
        const draft: Draft = { m, level: depth + 1, inline: false, parent, paraEnd: to, end: body.end };
        stack.push({ family: m.family, last: m.ordinal, draft });
        drafts.push(draft);
      } else {
        m = null;
      }
    }
    const owner = stack.length > 0 ? stack[stack.length - 1]!.draft : null;
    const items = inlineRun.filter((x) => !m || x.start >= m.end);
    for (let k = 0; k < items.length; k++) {
      const x = items[k]!;
      // Only whole runs count: the filter above may have cut a run's first item away.
      const next = items[k + 1];
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
