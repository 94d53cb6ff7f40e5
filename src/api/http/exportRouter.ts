import express, { type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { FILE_FORMATS, formatOfExtension } from '../../export/exportFormats.js';
import type { ExportGraph, Write } from '../../export/exportGraph.js';
import { streamWriter } from '../../export/streamWriter.js';
import { writeAdminNodesCsv, writeAdminRelationshipsCsv } from '../../export/writeAdminCsv.js';
import type { Database } from '../../graph/database.js';
import { currentDatabaseBudget, Semaphore } from '../../graph/databaseBudget.js';
import type { ReadRepository } from '../../graph/read/createReadRepository.js';
import { errorBody } from '../graphql/errors.js';
import { sendRouteError } from './routeErrors.js';
import { buildExport, parseExportRequest } from '../../app/views/exportViews.js';

type Writer = { contentType: string; write(graph: ExportGraph, write: Write): Promise<void> };

const CSV = 'text/csv; charset=utf-8';

/** Exports streamed at the same time by one server. */
export const EXPORTS_AT_ONCE = 2;

// `<what>.<ext>`: graphml, gexf, cyjs, nodes.csv, relationships.csv.
function writerFor(extension: string): Writer | null {
  if (extension === 'nodes.csv') return { contentType: CSV, write: writeAdminNodesCsv };
  if (extension === 'relationships.csv') return { contentType: CSV, write: writeAdminRelationshipsCsv };
  const format = formatOfExtension(extension);
  return format ? FILE_FORMATS[format] : null;
}

function query(req: express.Request): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
}

async function stream(res: Response, file: string, writer: Writer, graph: ExportGraph): Promise<void> {
  res.status(200).type(writer.contentType).set({ 'Content-Disposition': `attachment; filename="${file}"`, 'Cache-Control': 'no-store' });
  const out = streamWriter(res);
  await writer.write(graph, out.write);
  await out.flush();
  res.end();
}

/**
 * GET /export/<what>.<ext> — the exports of `tifa export` over HTTP, streamed: what = cooccurrence
 * | neighbourhood | full; ext = graphml | gexf | cyjs | nodes.csv | relationships.csv; options as
 * query parameters (scope, measure, minSupport, limit; seed, depth, types). Bad options → 400.
 */
export function exportRouter(db: Database, repo: ReadRepository, logger: Logger): Router {
  const router = express.Router();
  const running = new Semaphore(EXPORTS_AT_ONCE);
  router.get('/export/:file', async (req, res, next) => {
    const file = req.params.file;
    const dot = file.indexOf('.');
    const writer = dot > 0 ? writerFor(file.slice(dot + 1)) : null;
    try {
      if (!writer) {
        res.status(404).json(errorBody(`no export ${file}; try /export/cooccurrence.graphml, .gexf, .cyjs, .nodes.csv or .relationships.csv`, 'NOT_FOUND'));
        return;
      }
      const request = parseExportRequest(file.slice(0, dot), query(req));
      // Exports stream for long and hold a database session meanwhile: a few at once, the others
      // wait in line within their budget, so queries keep their share of the pool.
      const release = await running.acquire(currentDatabaseBudget()?.signal);
      try {
        await stream(res, file, writer, await buildExport(request, db, repo));
      } finally {
        release();
      }
    } catch (error) {
      // Answered already (the budget's 503 on timeout) or the client hung up: nothing left to tell.
      if (res.writableEnded || res.destroyed) return;
      if (res.headersSent) {
        // Half a file must not look like a whole one: cut the connection so the client sees the failure.
        logger.error({ err: error, file }, 'export failed while streaming');
        res.destroy(error as Error);
        return;
      }
      sendRouteError(res, error, next);
    }
  });
  return router;
}
