import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extractToJsonl } from '../src/app/extractToJsonl.js';
import { ingestFiles } from '../src/app/ingestFiles.js';
import { listSpeechFiles } from '../src/app/pipeline/speechFiles.js';
import { ingestJsonl } from '../src/app/ingestJsonl.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { emptyGraph } from './support/emptyGraph.js';
import { countGraph, openTestDatabase } from './support/testDatabase.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
// The project's own example speeches: every count below is taken from the folder, not written in.
const CORPUS = resolve(REPO, 'examples/corpus');
const LIMIT = 20 * 1024 * 1024;

async function speechIds(db: Database): Promise<string[]> {
  return db.read(async (tx) => (await tx.run('MATCH (s:Speech) RETURN s.id AS id ORDER BY id')).records.map((r) => String(r.get('id'))));
}

describe('ingest pipeline: worker threads, batches, JSONL', () => {
  let db: Database;
  let reference: { counts: Awaited<ReturnType<typeof countGraph>>; ids: string[] };
  let n: number;

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
    n = (await listSpeechFiles([CORPUS])).files.length;
    expect(n).toBeGreaterThanOrEqual(3);
    // The reference: extraction on the calling thread, one speech per transaction.
    const { summary } = await ingestFiles(db, [CORPUS], { maxFileBytes: LIMIT, concurrency: 1, workers: 0, batchRows: 1 });
    expect(summary).toMatchObject({ new: n, failed: 0, batches: n });
    reference = { counts: await countGraph(db), ids: await speechIds(db) };
    await emptyGraph(db);
  });
  afterAll(async () => db?.close());

  it('writes the same graph with extraction on worker threads and several speeches per transaction', async () => {
    const { summary } = await ingestFiles(db, [CORPUS], { maxFileBytes: LIMIT, concurrency: 2, workers: 2 });
    expect(summary).toMatchObject({ new: n, failed: 0 });
    // The writers batch what is queued when they are free: on a busy machine extraction is slower than
    // writing and each speech goes alone, so the count of transactions depends on timing and is only
    // bounded here; that several speeches share one transaction and write the same graph is proven
    // without timing by the batch writer's own tests (test/writeSpeeches.test.ts).
    expect(summary.batches).toBeGreaterThanOrEqual(1);
    expect(summary.batches).toBeLessThanOrEqual(n);
    expect(await countGraph(db)).toEqual(reference.counts);
    expect(await speechIds(db)).toEqual(reference.ids);
    const opts = { scope: 'SECTION', measure: 'NPMI', minSupport: 1, first: 100 } as const;
    expect(await sloganCooccurrence(db, { ...opts, via: 'materialised' })).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
    const again = await ingestFiles(db, [CORPUS], { maxFileBytes: LIMIT, concurrency: 2, workers: 2 });
    expect(again.summary).toMatchObject({ new: 0, unchanged: n, failed: 0 });
    expect(await countGraph(db)).toEqual(reference.counts);
  });

  it('loads what `tifa extract --jsonl` wrote into the same graph, reporting a bad line by file and line', async () => {
    await emptyGraph(db);
    const lines: string[] = [];
    const extracted = await extractToJsonl([CORPUS], (line) => void lines.push(line), { maxFileBytes: LIMIT, workers: 1 });
    expect(extracted).toMatchObject({ written: n, failures: [] });
    const file = join(mkdtempSync(join(tmpdir(), 'tifa-jsonl-')), 'speeches.jsonl');
    writeFileSync(file, `${lines.slice(0, 2).join('\n')}\nnot json\n${lines.slice(2).join('\n')}\n`);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(n + 2);
    const summary = await ingestJsonl(db, [file], { concurrency: 2 });
    expect(summary).toMatchObject({ new: n, failed: 1, failures: [{ file: `${file}:3`, reason: expect.stringMatching(/^invalid JSON/) }] });
    expect(await countGraph(db)).toEqual(reference.counts);
    expect(await speechIds(db)).toEqual(reference.ids);
  });

  it('tifa extract --jsonl > file, then tifa ingest --from-jsonl file (CLI)', async () => {
    await emptyGraph(db);
    const conn = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password };
    const tifa = (args: string[]) => promisify(execFile)('node', [join(REPO, 'bin/tifa.mjs'), ...args], { cwd: REPO, env, maxBuffer: 64 * 1024 * 1024 });
    const extracted = await tifa(['extract', '--jsonl', '--workers', '1', CORPUS]);
    expect(extracted.stdout.trimEnd().split('\n')).toHaveLength(n);
    expect(extracted.stderr).toMatch(new RegExp(`extracted ${n} speeches in [\\d.]+ s; 0 failed`));
    const file = join(mkdtempSync(join(tmpdir(), 'tifa-jsonl-')), 'speeches.jsonl');
    writeFileSync(file, extracted.stdout);
    const ingested = await tifa(['ingest', '--from-jsonl', file]);
    expect(ingested.stdout).toMatch(new RegExp(`ingested ${n} speeches from 1 JSONL files in [\\d.]+ s: ${n} new, 0 updated, 0 unchanged, 0 failed`));
    expect(await countGraph(db)).toEqual(reference.counts);
    await expect(tifa(['extract', CORPUS, CORPUS])).rejects.toMatchObject({ stderr: expect.stringMatching(/extract takes one file \(use --jsonl/) });
  });
});
