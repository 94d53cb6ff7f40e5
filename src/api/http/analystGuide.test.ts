import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { listAnalystQueries, parseCypherHeader } from '../../graph/query/analystQueries.js';
import { analystGuideHtml } from './analystGuide.js';

const parse = (text: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['slide', 'pre', 'p', 'li'].includes(name) }).parse(text);

describe('analystGuideHtml', () => {
  it('has an overview slide and one slide per analyst query, each with a runnable :param per parameter (evaluated by the server, so integers stay integers) and the statement', () => {
    const queries = listAnalystQueries();
    const doc = parse(analystGuideHtml(queries));
    const slides = doc.article.carousel.slide;
    expect(doc.article['@class']).toBe('guide');
    expect(slides).toHaveLength(queries.length + 1);
    const top = slides.find((s: { div: { h3: string } }) => s.div.h3.endsWith('topSlogans'));
    const blocks = top.div.pre.map((p: { '#text': string; '@class': string }) => [p['@class'], p['#text']]);
    expect(blocks[0]).toEqual(['pre-scrollable code runnable', ':param limit => 20']);
    expect(blocks[1][1]).toContain('LIMIT $limit');
  });

  it('gives a query with two parameters two :param blocks before its statement', () => {
    const q = parseCypherHeader('two', 'two.cypher', "// Two.\n// :param a => 'x'\n// :param n => 3\nRETURN $a AS a, $n AS n");
    const pres = parse(analystGuideHtml([q])).article.carousel.slide[1].div.pre.map((p: { '#text': string }) => p['#text']);
    expect(pres).toEqual([":param a => 'x'", ':param n => 3', 'RETURN $a AS a, $n AS n']);
  });

  it('escapes markup and quotes in names, summaries and code', () => {
    const q = parseCypherHeader('x<y', 'x.cypher', "// a < b & \"c\"\n// :param s => '<b>'\nRETURN $s AS s");
    const text = analystGuideHtml([q]);
    expect(text).not.toContain("'<b>'");
    expect(text).toContain(":param s =&gt; '&lt;b&gt;'");
    expect(text).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(parse(text).article.carousel.slide[1].div.h3).toBe('1/1 · x<y'); // the parser decodes the entity the guide wrote
  });
});
