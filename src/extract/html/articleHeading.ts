import type { HTMLElement } from 'node-html-parser';
import { compactSpaces } from '../text/lines.js';

const HEADING = /^h[1-4]$/;
const NAMED = /title|biaoti|headline/i;
// What a speech's own heading says and a column heading (学习专栏, 热门文章) does not.
const TITLE_WORDS = /讲话|发言|致辞|报告|讲稿|党课|演讲|提纲|在.{2,40}(会|上)/;

const compact = (s: string): string => compactSpaces(s).replace(/\s+/g, '');

/** True when the element is a link or mostly one (a menu item, a list of other articles). */
function isLink(e: HTMLElement, text: string): boolean {
  for (let p: HTMLElement | null = e; p; p = p.parentNode as HTMLElement | null) if (p.rawTagName?.toLowerCase() === 'a') return true;
  return e.querySelectorAll('a').some((a) => compact(a.textContent).length * 2 >= text.length);
}

/**
 * The article's heading among the h1–h4 and *title* elements before the content block, decided
 * together: one the page's declared title names (or that names it) wins, the nearest such; when the
 * declared title names none (it gives only the site's name), the nearest heading that reads as a
 * speech's title (…在…上的讲话, …报告) does; column headings and linked lists never do.
 */
export function articleHeading(block: HTMLElement, title: string, order: Map<HTMLElement, number>): HTMLElement | null {
  const at = order.get(block) ?? 0;
  const wanted = compact(title);
  let named: HTMLElement | null = null;
  let titled: HTMLElement | null = null;
  for (const e of order.keys()) {
    if ((order.get(e) ?? 0) >= at) break;
    const tag = e.rawTagName?.toLowerCase() ?? '';
    if (!HEADING.test(tag) && !NAMED.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) continue;
    const t = compact(e.textContent);
    if (t.length < 4 || t.length > 120 || isLink(e, t)) continue;
    if (wanted !== '' && (wanted.includes(t) || t.includes(wanted))) named = e;
    else if (TITLE_WORDS.test(t)) titled = e;
  }
  return named ?? titled;
}
