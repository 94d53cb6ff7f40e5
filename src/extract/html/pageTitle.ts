import type { HTMLElement } from 'node-html-parser';

// Where sites put the article's own title when <title> carries the site's name too.
const TITLE_META = ['ArticleTitle', 'og:title', 'twitter:title', 'title'];
// Separators before a site suffix: 标题--栏目-网站, 标题_网站, 标题 - 网站, 标题｜网站. A lone hyphen
// between digits (2021-2025年) is part of the title.
const SUFFIX_SEPARATOR = /\s*(?:--+|——|__?|\s[-–—|｜·]\s|[|｜]|(?<=[^\d\s])-(?=[^\d\s]))\s*/;

// A site name after a single dash (标题—新华网): short, without digits or the words of a title or
// subtitle (——在…上的讲话 is a subtitle, and a title's own dash is doubled).
const LONE_DASH_SUFFIX = /(?<=[^—–\s])\s*[—–]\s*([^—–\s\d]{2,10})$/u;
const TITLE_WORD = /[在的上]|讲话|发言|致辞|报告|会议|大会/;

/** A page title without the site and column names after it: its first substantial segment. */
export function stripSiteSuffix(title: string): string {
  const parts = title.split(SUFFIX_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  const first = parts.find((p) => p.length >= 4) ?? parts[0] ?? '';
  const lone = LONE_DASH_SUFFIX.exec(first);
  return lone && !TITLE_WORD.test(lone[1]!) && lone.index >= 4 ? first.slice(0, lone.index) : first;
}

/** The article title a page declares: a title meta tag, else its <title>, without the site suffix. */
export function pageTitle(root: HTMLElement): string {
  for (const name of TITLE_META) {
    const meta = root.querySelector(`meta[name="${name}"]`) ?? root.querySelector(`meta[property="${name}"]`);
    const content = meta?.getAttribute('content')?.trim();
    if (content) return stripSiteSuffix(content);
  }
  return stripSiteSuffix(root.querySelector('title')?.textContent.trim() ?? '');
}
