import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { normaliseMetaValue } from '../eval/scoreMeta.js';
import { extractFile } from '../extractFile.js';
import type { ExtractedSpeech } from '../types.js';
import { RewriteTally } from '../../../test/support/rewriteTally.js';

// Metamorphic tests of the page reader: every speech page of ../shared/real/html (read at run time,
// never copied), its article put in the furniture other sites use (the title only in <title> with
// another site suffix, in og:title, in an <h1> that <title> does not name, inside the article,
// column headings, breadcrumbs, lists of other speeches around it), must give the same metadata.
const HTML = fileURLToPath(new URL('../../../../shared/real/html/', import.meta.url));

/** A page and the element that prints its article's heading. */
interface Page {
  root: HTMLElement;
  heading: HTMLElement;
  /** The heading as printed, blanks collapsed. */
  text: string;
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

function pageOf(html: string): Page | null {
  const root = parse(html, { comment: true });
  const title = root.querySelector('title')?.textContent.split('--')[0]?.trim() ?? '';
  const heading = root.querySelectorAll('h1,h2,h3,h4,[class*=title]').find((e) => squeeze(e.textContent) === squeeze(title));
  return heading ? { root, heading, text: squeeze(heading.textContent) } : null;
}

const setTitle = (p: Page, title: string): void => {
  p.root.querySelector('title')?.set_content(title);
};
const addMeta = (p: Page, property: string, content: string): void => {
  p.root.querySelector('head')?.insertAdjacentHTML('afterbegin', `<meta property="${property}" content="${content}">`);
};
/** The first paragraph with text after the heading: where the article's own text starts. */
function firstParagraph(p: Page): HTMLElement | undefined {
  let seen = false;
  let found: HTMLElement | undefined;
  const walk = (n: HTMLElement): void => {
    if (found) return;
    if (n === p.heading) seen = true;
    else if (seen && n.rawTagName?.toLowerCase() === 'p' && n.textContent.trim().length >= 4) found = n;
    for (const c of n.childNodes) if (c instanceof HTMLElement) walk(c);
  };
  walk(p.root);
  return found;
}

type Rewrite = (p: Page) => void;
const OTHER_SPEECHES = ['在全市经济工作会议上的讲话', '在全区党风廉政建设工作会议上的讲话', '在县委理论学习中心组学习会上的发言'];
const linkList = (cls: string, head: string): string =>
  `<div class="${cls}"><h3>${head}</h3><ul>${OTHER_SPEECHES.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div>`;

const REWRITES: Record<string, Rewrite> = {
  'title only in <title>': (p) => p.heading.remove(),
  'title only, suffix —site': (p) => {
    p.heading.remove();
    setTitle(p, `${p.text}—新华网`);
  },
  'title only, suffix _column_site': (p) => {
    p.heading.remove();
    setTitle(p, `${p.text}_领导讲话_中国共产党新闻网`);
  },
  'title only, suffix | site': (p) => {
    p.heading.remove();
    setTitle(p, `${p.text} | 人民网`);
  },
  'title in og:title, <title> the site': (p) => {
    p.heading.remove();
    setTitle(p, '绍兴市第一中学');
    addMeta(p, 'og:title', p.text);
  },
  'heading in <h1>, <title> the site': (p) => {
    setTitle(p, '学习专栏 - 绍兴市第一中学');
    p.heading.replaceWith(`<h1>${p.text}</h1>`);
  },
  'heading as the first paragraph of the article': (p) => {
    const first = firstParagraph(p);
    if (!first) return;
    p.heading.remove();
    setTitle(p, '正文');
    first.insertAdjacentHTML('beforebegin', `<p style="text-align:center"><strong>${p.text}</strong></p>`);
  },
  'column heading and breadcrumb above': (p) => p.heading.insertAdjacentHTML('beforebegin', '<div class="column-title"><h1>学习专栏</h1></div><div class="crumb">当前位置：首页 &gt; 学习专栏 &gt; 正文</div>'),
  'lists of other speeches around': (p) => {
    p.heading.insertAdjacentHTML('beforebegin', linkList('hot-list', '热门文章'));
    p.root.querySelector('body')?.insertAdjacentHTML('beforeend', linkList('related', '相关阅读'));
  },
  'share toolbar below the heading': (p) => p.heading.insertAdjacentHTML('afterend', '<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div><div class="font">字号：<a>大</a><a>中</a><a>小</a></div>'),
  'title only, collector suffix 范文': (p) => {
    p.heading.remove();
    setTitle(p, `${p.text}范文（3篇）_某某文库`);
  },
  'heading and subtitle in two headings': (p) => {
    const [main, sub] = p.text.split('——');
    if (!sub) return;
    p.heading.replaceWith(`<h1>${main}</h1><h3 class="subTitle">——${sub}</h3>`);
  },
  'heading in a table cell': (p) => p.heading.replaceWith(`<table><tr><td align="center"><font size="5"><b>${p.text}</b></font></td></tr></table>`),
  'heading and title with speaker prefix': (p) => {
    const bare = p.text.replace(/^[\u4e00-\u9fff]{2,4}[：:]/, '');
    if (bare === p.text) return;
    p.heading.set_content(`${p.text.replace(bare, '')}${bare}`.replace('：', ' ： '));
  },
};

/** The metadata the gold files record, compared the way `tifa eval` compares it. */
function metadata(s: ExtractedSpeech): Record<string, string | null> {
  const n = (v: string | null | undefined): string | null => (v ? normaliseMetaValue(v) : null);
  return {
    title: n(s.title),
    subtitle: n(s.subtitle),
    venue: n(s.venue),
    date: s.date,
    speaker: s.speaker ? `${n(s.speaker.role) ?? ''} ${n(s.speaker.name)}` : null,
    genre: s.genre,
    level: s.level,
    place: s.place?.name ?? null,
  };
}

const extract = (html: string, name: string): ExtractedSpeech => {
  const r = extractFile(Buffer.from(html), name, 1 << 24);
  if (!r.ok) throw new Error(`${name}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.speech;
};

const pages = readdirSync(HTML)
  .filter((n) => n.endsWith('.html'))
  .sort()
  .map((name) => ({ name, html: readFileSync(`${HTML}${name}`, 'utf8') }));

describe('page rewrites of ../shared/real/html', () => {
  it('give the same metadata as the original page', () => {
    const tally = new RewriteTally();
    for (const { name, html } of pages) {
      const expected = metadata(extract(html, name));
      for (const [rewrite, apply] of Object.entries(REWRITES)) {
        const page = pageOf(html);
        if (!page) continue;
        apply(page);
        const rewritten = page.root.toString();
        if (rewritten === html) continue;
        tally.add(name, rewrite, expected, metadata(extract(rewritten, name)));
      }
    }
    const { tried, share } = tally;
    console.log(tally.report('page rewrites', `${pages.length} pages and ${Object.keys(REWRITES).length} rewrites`));
    expect(pages.length).toBe(8);
    expect(tried).toBeGreaterThan(pages.length * 8);
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  }, 600_000);
});

// The share measured when set (100/112 before the heading was chosen among candidates); it only goes up.
const FLOOR = 112 / 112;
