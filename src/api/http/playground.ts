import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const EXAMPLES_DIR = fileURLToPath(new URL('./playground/', import.meta.url));

// The packages' `exports` hide their UMD files from require.resolve, so find the package folder instead.
export function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!(basename(dir) === name && existsSync(join(dir, 'package.json')))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of the ${name} package`);
    dir = up;
  }
  return dir;
}

/** The browser files GraphiQL needs, served from node_modules (no CDN): URL name → absolute path. */
export function playgroundAssets(): Record<string, string> {
  const assets = {
    'react.js': join(packageDir('react'), 'umd/react.production.min.js'),
    'react-dom.js': join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
    'graphiql.js': join(packageDir('graphiql'), 'graphiql.min.js'),
    'graphiql.css': join(packageDir('graphiql'), 'graphiql.min.css'),
  };
  for (const [name, path] of Object.entries(assets)) if (!existsSync(path)) throw new Error(`playground asset ${name} missing: ${path}`);
  return assets;
}

/** The example operations preloaded as GraphiQL tabs: src/api/http/playground/*.graphql, in file-name order. */
export function playgroundExamples(): Array<{ name: string; query: string }> {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), query: readFileSync(join(EXAMPLES_DIR, f), 'utf8') }));
}

// JSON inside <script>: escape `<` so a query text can never close the script element.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The GraphiQL page: nothing loaded from the internet, no inline script (the start-up is /playground/start.js). */
export function playgroundHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>tifa-graph · GraphiQL</title>
<link rel="stylesheet" href="/playground/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script src="/playground/start.js"></script>
</body>
</html>
`;
}

/** The page's start-up script (example tabs, the endpoint), served as a file so the Content-Security-Policy can refuse every inline script. */
export function playgroundStartScript(endpoint: string, examples: ReadonlyArray<{ query: string }>): string {
  return `const tabs = ${scriptJson(examples.map((e) => ({ query: e.query })))};
const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(endpoint)} });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, shouldPersistHeaders: false }),
);
`;
}

/** Routes: `/` and `/playground` (the page) and `/playground/<asset>`; reads every file now so a missing one fails start-up. */
export function playgroundRouter(endpoint: string): Router {
  const router = express.Router();
  const assets = playgroundAssets();
  const examples = playgroundExamples();
  const html = playgroundHtml();
  const start = playgroundStartScript(endpoint, examples);
  const sendPage: express.RequestHandler = (_req, res) => {
    res.type('html').set('Cache-Control', 'no-store').send(html);
  };
  router.get('/', sendPage);
  router.get('/playground', sendPage);
  router.get('/playground/start.js', (_req, res) => {
    res.type('text/javascript').set('Cache-Control', 'no-store').send(start);
  });
  for (const [name, path] of Object.entries(assets)) {
    const body = readFileSync(path);
    const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
    router.get(`/playground/${name}`, (_req, res) => {
      res.type(type).set('Cache-Control', 'public, max-age=86400').send(body);
    });
  }
  return router;
}
