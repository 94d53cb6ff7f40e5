import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import type { ReadRepository } from '../../graph/read/createReadRepository.js';
import { packageDir } from './playground.js';
import { sendRouteError } from './routeErrors.js';
import { buildSectionTree, MAX_SECTIONS } from '../../app/views/sectionTree.js';

const PAGE_DIR = fileURLToPath(new URL('./explore/', import.meta.url));

/** The files /explore loads, served from this folder and node_modules (never a CDN): URL name → absolute path. */
export function exploreAssets(): Record<string, string> {
  return {
    'cytoscape.js': join(packageDir('cytoscape'), 'dist/cytoscape.min.js'),
    'layout-base.js': join(packageDir('layout-base'), 'layout-base.js'),
    'cose-base.js': join(packageDir('cose-base'), 'cose-base.js'),
    'cytoscape-fcose.js': join(packageDir('cytoscape-fcose'), 'cytoscape-fcose.js'),
    'cytoscape-svg.js': join(packageDir('cytoscape-svg'), 'cytoscape-svg.js'),
    'chart.js': join(packageDir('chart.js'), 'dist/chart.umd.min.js'),
    'timeline.js': join(PAGE_DIR, 'timeline.js'),
    'diffusion.js': join(PAGE_DIR, 'diffusion.js'),
    'panels.js': join(PAGE_DIR, 'panels.js'),
    'explore.js': join(PAGE_DIR, 'explore.js'),
    'explore.css': join(PAGE_DIR, 'explore.css'),
  };
}

/**
 * Routes: `/explore` (the page), `/explore/assets/<file>` and `/explore/speech/<id>/sections` (a
 * speech's section tree at any depth, which nested GraphQL lists price beyond the cost limit after
 * three levels; its first MAX_SECTIONS sections, with `truncated` when there are more). Every file is read now, so a missing one fails start-up.
 */
export function exploreRouter(repo: ReadRepository): Router {
  const router = express.Router();
  router.get('/explore/speech/:id/sections', async (req, res, next) => {
    try {
      // One more than shown, to tell a cut tree from one of exactly MAX_SECTIONS.
      const rows = (await repo.sectionsBySpeech([req.params.id], MAX_SECTIONS + 1)).get(req.params.id) ?? [];
      res.set('Cache-Control', 'no-store').json({ sections: buildSectionTree(rows.slice(0, MAX_SECTIONS)), truncated: rows.length > MAX_SECTIONS });
    } catch (error) {
      sendRouteError(res, error, next);
    }
  });
  // The network, and the timeline and diffusion views.
  for (const [path, file] of [['/explore', 'explore.html'], ['/explore/timeline', 'timeline.html'], ['/explore/diffusion', 'diffusion.html']] as const) {
    const html = readFileSync(join(PAGE_DIR, file));
    router.get(path, (_req, res) => {
      res.type('html').set('Cache-Control', 'no-store').send(html);
    });
  }
  for (const [name, path] of Object.entries(exploreAssets())) {
    const body = readFileSync(path);
    const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
    router.get(`/explore/assets/${name}`, (_req, res) => {
      res.type(type).set('Cache-Control', 'no-cache').send(body);
    });
  }
  return router;
}
