import { resolve } from 'node:path';
import { inject } from 'vitest';
import { ingestFiles } from '../../src/app/ingestFiles.js';
import { runCli } from './runCli.js';
import { applySchema } from '../../src/graph/applySchema.js';
import type { Database } from '../../src/graph/database.js';

const REPO = resolve(import.meta.dirname, '..', '..');

/**
 * Loads ../shared/corpus (the five seed speeches), and any other ../shared folders named (e.g.
 * 'real/html': speech pages with places and dates), into the test database; returns how many were new.
 */
export async function ingestSharedCorpus(db: Database, ...more: string[]): Promise<number> {
  await applySchema(db);
  const folders = ['corpus', ...more].map((f) => resolve(REPO, '../shared', f));
  const { summary } = await ingestFiles(db, folders, { maxFileBytes: 20 * 1024 * 1024, concurrency: 2 });
  return summary.new;
}

/** Runs `tifa <args>` in-process (as test/support/runCli does) on the integration run's database, given by NEO4J_URI. */
export async function tifa(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const conn = inject('neo4j');
  const saved = { ...process.env };
  Object.assign(process.env, { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password });
  if (conn.database) process.env.NEO4J_DATABASE = conn.database;
  try {
    const { code, out, err } = await runCli(...args);
    return { stdout: out, stderr: err, code };
  } finally {
    for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}
