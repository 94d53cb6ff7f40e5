import express, { type Router } from 'express';
import { listAnalystQueries, type CypherQueryFile } from '../../graph/query/analystQueries.js';

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// A code block Neo4j Browser makes runnable: a click puts it in the editor, the play button runs it.
const runnable = (code: string) => `<pre class="pre-scrollable code runnable" mode="cypher">${html(code)}</pre>`;

function slide(body: string): string {
  return `    <slide class="row-fluid">\n      <div class="col-sm-12">\n${body}\n      </div>\n    </slide>`;
}

function querySlide(q: CypherQueryFile, index: number, total: number): string {
  // One `:param name => value` per parameter: Browser evaluates the right-hand side as Cypher on
  // the server, so 20 stays an integer (`:params {limit: 20}` is parsed in JavaScript and sends
  // 20.0, which LIMIT refuses). The examples are Cypher literals already.
  const params =
    q.params.length > 0
      ? `<p>Set the parameters (click and run each; change the values to ask about something else):</p>\n${q.params.map((p) => runnable(`:param ${p.name} => ${p.example}`)).join('\n')}`
      : '<p>No parameters.</p>';
  return slide(
    [
      `<h3>${index}/${total} · ${html(q.name)}</h3>`,
      `<p>${html(q.summary)}</p>`,
      params,
      '<p>Then run the query:</p>',
      runnable(q.statement),
      q.returns ? `<p><small>Returns: ${html(q.returns)}</small></p>` : '',
      `<p><small>cypher/queries/${html(q.name)}.cypher · <code>tifa query cypher/queries/${html(q.name)}.cypher</code></small></p>`,
    ].join('\n'),
  );
}

/** The analyst queries as a Neo4j Browser guide (`:play <url>`): an overview slide, then one slide per query with its parameters and statement, each runnable by a click. */
export function analystGuideHtml(queries: readonly CypherQueryFile[]): string {
  const overview = slide(
    [
      '<h3>tifa-graph · queries for analysts</h3>',
      '<p>Speeches, their sections and the official formulations (提法) they use, as a graph. Each slide is one query from <code>cypher/queries/</code>: click each <code>:param</code> block and run it, then click and run the query.</p>',
      `<ol>${queries.map((q) => `<li><b>${html(q.name)}</b>: ${html(q.summary)}</li>`).join('')}</ol>`,
      '<p>The graph model is described in <code>cypher/README.md</code>.</p>',
    ].join('\n'),
  );
  const slides = [overview, ...queries.map((q, i) => querySlide(q, i + 1, queries.length))];
  return `<article class="guide">\n  <carousel class="deck container-fluid">\n${slides.join('\n')}\n  </carousel>\n</article>\n`;
}

/**
 * GET /guide: cypher/queries/ as a Neo4j Browser guide, read at start-up. Neo4j Browser fetches it
 * from its own origin (the Neo4j HTTP port), so the answer allows any origin; it is read-only text.
 */
export function guideRouter(): Router {
  const router = express.Router();
  const body = analystGuideHtml(listAnalystQueries());
  // Browser asks with `pragma` and `cache-control` headers, so the fetch is preflighted; its Sentry
  // tracing adds `sentry-trace` and `baggage` to requests for localhost (the address it is given the
  // guide by). The answer is public text sent without credentials, so every request header is allowed.
  router.options('/guide', (_req, res) => {
    res
      .status(204)
      .set({ 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': '*', 'Access-Control-Max-Age': '600' })
      .end();
  });
  router.get('/guide', (_req, res) => {
    res.type('html').set({ 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' }).send(body);
  });
  return router;
}
