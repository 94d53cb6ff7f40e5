import type { HTMLElement } from 'node-html-parser';

// Where sites put the article's own title when <title> carries the site's name too.
const TITLE_META = ['ArticleTitle', 'og:title', 'twitter:title', 'title'];
// Separators before a site suffix: 标题--栏目-网站, 标题_网站, 标题 - 网站, 标题｜网站. A lone hyphen
// between digits (2021-2025年) is part of the title.
const SUFFIX_SEPARATOR = /\s*(?:--+|——|__?|\s[-–—|｜·]\s|[|｜]|(?<=[^\d\s])-(?=[^\d\s]))\s*/;

/** A page title without the site and column names after it: its first substantial segment. */
export function stripSiteSuffix(title: string): string {
  const parts = title.split(SUFFIX_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  return parts.find((p) => p.length >= 4) ?? parts[0] ?? '';
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
