import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { listAnalystQueries, parseCypherHeader } from '../graph/query/analystQueries.js';
import { analystGuideHtml } from './analystGuide.js';

const parse = (text: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['slide', 'pre', 'p', 'li'].includes(name) }).parse(text);

describe('analystGuideHtml', () => {
  it('has an overview slide and one slide per analyst query, each with runnable :params and statement', () => {
    const queries = listAnalystQueries();
    const doc = parse(analystGuideHtml(queries));
    const slides = doc.article.carousel.slide;
    expect(doc.article['@class']).toBe('guide');
    expect(slides).toHaveLength(queries.length + 1);
    const top = slides.find((s: { div: { h3: string } }) => s.div.h3.endsWith('topSlogans'));
    const blocks = top.div.pre.map((p: { '#text': string; '@class': string }) => [p['@class'], p['#text']]);
    expect(blocks[0]).toEqual(['pre-scrollable code runnable', ':params {limit: 20}']);
    expect(blocks[1][1]).toContain('LIMIT $limit');
  });

  it('escapes markup and quotes in names, summaries and code', () => {
    const q = parseCypherHeader('x<y', 'x.cypher', "// a < b & \"c\"\n// :param s => '<b>'\nRETURN $s AS s");
    const text = analystGuideHtml([q]);
    expect(text).not.toContain("'<b>'");
    expect(text).toContain(":params {s: '&lt;b&gt;'}");
    expect(text).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(parse(text).article.carousel.slide[1].div.h3).toBe('1/1 · x<y'); // the parser decodes the entity the guide wrote
  });
});
