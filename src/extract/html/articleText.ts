import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { compactSpaces } from '../text/lines.js';
import { titleSpeaker } from '../header/byline.js';
import { articleHeading } from './articleHeading.js';
import { pageTitle } from './pageTitle.js';

// Tags that flow inside a paragraph: their text belongs to the nearest block around them.
const INLINE = new Set(['a', 'span', 'font', 'strong', 'b', 'i', 'em', 'u', 'sub', 'sup', 'small', 'big', 'label', 'o:p', 'st1:chsdate']);
const DROPPED = 'script,style,noscript,template,iframe,select,textarea,button,svg,canvas,object';
// A paragraph counts by its readable characters; short fragments (menu items, buttons) not at all.
const READABLE = /[\u4e00-\u9fffA-Za-z0-9]/g;
const MIN_PARAGRAPH = 10;
// The content block must hold a speech-sized text, or the page is read whole.
const MIN_ARTICLE = 100;
// Lines between the heading and the content block (source, time, a title row) are kept only while
// they are few and short: prose there means the heading belongs to something else.
const MAX_BETWEEN = 12;
const MAX_BETWEEN_LINE = 100;

const readable = (s: string): number => s.match(READABLE)?.length ?? 0;
const isElement = (n: Node): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE;
const compact = (s: string): string => compactSpaces(s).replace(/\s+/g, '');
const lines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter((l) => l !== '');

function blockOf(n: Node): { block: HTMLElement | null; inLink: boolean } {
  let inLink = false;
  let p = n.parentNode as HTMLElement | null;
  while (p && INLINE.has(p.rawTagName?.toLowerCase() ?? '')) {
    if (p.rawTagName.toLowerCase() === 'a') inLink = true;
    p = p.parentNode as HTMLElement | null;
  }
  return { block: p, inLink };
}

/**
 * The element that holds the article, by text density: every paragraph of readable text scores for
 * its block and half for the block's parent (so the container of many paragraphs wins over any one
 * of them); text inside links does not score, so menus and link lists never win.
 */
export function contentBlock(root: HTMLElement): HTMLElement | null {
  const score = new Map<HTMLElement, number>();
  const add = (e: HTMLElement | null, v: number): void => {
    if (e) score.set(e, (score.get(e) ?? 0) + v);
  };
  const walk = (n: Node): void => {
    if (n.nodeType === NodeType.TEXT_NODE) {
      const len = readable(n.rawText);
      if (len < MIN_PARAGRAPH) return;
      const { block, inLink } = blockOf(n);
      if (!block || inLink) return;
      const v = len + (n.rawText.match(/[，。；,]/g)?.length ?? 0) * 3;
      add(block, v);
      add(block.parentNode as HTMLElement | null, v / 2);
      return;
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  let best: HTMLElement | null = null;
  let top = 0;
  for (const [e, v] of score) {
    if (v > top) {
      best = e;
      top = v;
    }
  }
  return best && readable(best.textContent) >= MIN_ARTICLE ? best : null;
}

/** Elements in document order (depth first), for "before" tests. */
function documentOrder(root: HTMLElement): Map<HTMLElement, number> {
  const order = new Map<HTMLElement, number>();
  const walk = (n: Node): void => {
    if (isElement(n)) order.set(n, order.size);
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return order;
}

/** The lines after the heading's end and before the block: text nodes of one block element make one line. */
function textBetween(root: HTMLElement, heading: HTMLElement, block: HTMLElement): string[] {
  const out: string[] = [];
  let lastBlock: HTMLElement | null = null;
  let state: 'before' | 'between' | 'done' = 'before';
  const walk = (n: Node): void => {
    if (state === 'done') return;
    if (n === block) {
      state = 'done';
      return;
    }
    if (state === 'between' && n.nodeType === NodeType.TEXT_NODE) {
      const owner = blockOf(n).block;
      if (owner === lastBlock && out.length > 0) out[out.length - 1] += n.textContent;
      else if (n.textContent.trim() !== '') out.push(n.textContent);
      else return;
      lastBlock = owner;
    }
    for (const c of n.childNodes) walk(c);
    if (n === heading) state = 'between';
  };
  walk(root);
  return out.map((l) => l.replace(/\s+/g, ' ').trim());
}

/**
 * The lines before the block inside its container (or the container's, when the block opens its
 * own), as textBetween reads them, link text left out: only the short ones nearest the block, up
 * to the first line of prose or a link list, and none at all when the container is a long page.
 */
function textBefore(block: HTMLElement): string[] {
  let e = block;
  for (let up = 0; up < 3; up++) {
    const parent = e.parentNode as HTMLElement | null;
    if (!parent) return [];
    const siblings = parent.childNodes.slice(0, parent.childNodes.indexOf(e));
    const found: string[] = [];
    let lastBlock: HTMLElement | null = null;
    const walk = (n: Node): void => {
      if (n.nodeType === NodeType.TEXT_NODE) {
        const { block: owner, inLink } = blockOf(n);
        if (inLink) return;
        if (owner === lastBlock && found.length > 0) found[found.length - 1] += n.textContent;
        else if (n.textContent.trim() !== '') found.push(n.textContent);
        else return;
        lastBlock = owner;
        return;
      }
      for (const c of n.childNodes) walk(c);
    };
    for (const n of siblings) walk(n);
    const lines = found.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
    if (lines.length > 0) {
      const long = lines.findLastIndex((l) => l.length > MAX_BETWEEN_LINE);
      return lines.slice(long + 1).slice(-MAX_BETWEEN);
    }
    e = parent;
  }
  return [];
}

/** True when the block already prints the heading (maybe without the speaker's name before it, maybe over two lines). */
function repeats(blockLines: string[], heading: string): boolean {
  const h = compact(heading);
  const bare = compact(titleSpeaker(h)?.rest ?? h);
  // A title the block prints over two lines shows as pieces of the heading.
  return blockLines.slice(0, 16).some((l) => {
    const c = compact(l);
    return c === h || c === bare || (c.length >= 6 && h.includes(c));
  });
}

/**
 * The text of a page's article: its heading (from an h1–h4 or *title* element that the page's
 * <title> names, else the <title> without its site suffix), the short metadata lines between the
 * heading and the content block (source, time), and the content block found by text density, up
 * to its end. Null when the page has no block of article size.
 */
export function articleText(html: string): string | null {
  // Word-made pages carry XML processing instructions that a parser leaves in the text.
  const root = parse(html.replace(/<\?[^>]*>/g, ''), { comment: false });
  const title = pageTitle(root);
  for (const n of root.querySelectorAll(DROPPED)) n.remove();
  for (const n of root.querySelectorAll('head')) n.remove();
  const block = contentBlock(root);
  if (!block) return null;
  const order = documentOrder(root);
  const body = lines(block.structuredText);
  const heading = articleHeading(block, title, order);
  const out: string[] = [];
  if (heading) {
    // What stands between heading and block (source, author, time lines) when it is short.
    const found = textBetween(root, heading, block);
    const between = found.length <= MAX_BETWEEN && found.every((l) => l.length <= MAX_BETWEEN_LINE) ? found : [];
    if (!repeats([...between, ...body], heading.textContent)) out.push(compactSpaces(heading.structuredText.replace(/\n/g, ' ')));
    out.push(...between);
  } else {
    // No heading: the page's declared title, then the short lines the block's container prints
    // before it (a title paragraph, source and time lines).
    const before = textBefore(block);
    if (title && !repeats([...before, ...body], title)) out.push(title);
    out.push(...before);
  }
  out.push(...body);
  return out.join('\n');
}
