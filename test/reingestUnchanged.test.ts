import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkGraph } from '../src/app/checkGraph.js';
import { ingestFiles } from '../src/app/ingestFiles.js';
import type { IngestEvent } from '../src/app/pipeline/ingestSpeeches.js';
import { extractForIngest } from '../src/app/pipeline/speechFiles.js';
import { extractSpeech } from '../src/extract/extractSpeech.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { emptyGraph } from './support/emptyGraph.js';
import { countGraph, openTestDatabase } from './support/testDatabase.js';

// Every extraction on this thread, counted by the source it was run for (the real extractor runs).
vi.mock(import('../src/extract/extractSpeech.js'), async (original) => {
  const real = await original();
  return { ...real, extractSpeech: vi.fn(real.extractSpeech) };
});

// The project's own example speeches (with any .meta.json sidecars beside them).
const CORPUS = resolve(fileURLToPath(new URL('..', import.meta.url)), 'examples/corpus');
const LIMIT = 20 * 1024 * 1024;

/** Sources extracted on this thread since `mark` (calls of the counted extractor). */
const extractedSince = (mark: number): string[] => vi.mocked(extractSpeech).mock.calls.slice(mark).map(([input]) => input.source);
const extractions = (): number => vi.mocked(extractSpeech).mock.calls.length;

async function storedSpeeches(db: Database): Promise<string[]> {
  return db.read(async (tx) => (await tx.run('MATCH (s:Speech) RETURN s.id + " " + s.source AS row ORDER BY row')).records.map((r) => String(r.get('row'))));
}

describe('tifa ingest of files stored already: reported unchanged without extraction', () => {
  let db: Database;
  let dir: string;
  let folder: string;
  let files: string[];
  const firstIds = new Map<string, string>();

  // workers 0: extraction on this thread, where the counted extractor runs.
  async function ingest(workers: number): Promise<{ summary: Awaited<ReturnType<typeof ingestFiles>>['summary']; events: Map<string, IngestEvent> }> {
    const events = new Map<string, IngestEvent>();
    const { summary } = await ingestFiles(db, [folder], { maxFileBytes: LIMIT, concurrency: 1, workers, onEvent: (e) => void events.set(e.file, e) });
    return { summary, events };
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
    dir = mkdtempSync(join(tmpdir(), 'tifa-reingest-'));
    folder = join(dir, 'speeches');
    mkdirSync(folder);
    for (const name of readdirSync(CORPUS).sort()) copyFileSync(join(CORPUS, name), join(folder, name));
    files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name));
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports every file of an unchanged folder unchanged, with its id, and extracts none', async () => {
    const mark = extractions();
    const first = await ingest(0);
    expect(first.summary).toMatchObject({ new: files.length, unchanged: 0, failed: 0 });
    expect(extractedSince(mark).sort()).toEqual(files);
    for (const [file, e] of first.events) firstIds.set(file, e.id!);
    const graph = await countGraph(db);

    const again = await ingest(0);
    expect(extractedSince(mark)).toHaveLength(files.length);
    expect(again.summary).toMatchObject({ new: 0, updated: 0, unchanged: files.length, failed: 0, mentions: 0, cooccurs: null, batches: 0, bytes: first.summary.bytes });
    expect([...again.events.values()].map((e) => [e.file, e.status, e.id, e.mentions]).sort()).toEqual(files.map((f) => [f, 'unchanged', firstIds.get(f), 0]));
    expect(await countGraph(db)).toEqual(graph);
  });

  it('extracts a changed file (and replaces its speech), a new file and a copy under a new name; a bad file fails with its reason', async () => {
    const changed = files[1]!;
    appendFileSync(changed, '\n同志们，要坚定“四个自信”，增强“四个意识”。\n');
    const added = join(folder, 'added.txt');
    writeFileSync(added, '在全县干部大会上的讲话\n一、提高站位\n要增强“四个意识”，做到“两个维护”。\n');
    const copy = join(folder, 'zz-copy.txt');
    copyFileSync(files[2]!, copy);
    const bad = join(folder, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
    const badOutcome = await extractForIngest(bad, LIMIT);
    if (badOutcome.ok) throw new Error('the bad file extracted');

    const mark = extractions();
    const run = await ingest(0);
    // Only the texts not stored under their own name were extracted; the bad file never reaches the extractor.
    expect(extractedSince(mark).sort()).toEqual([added, changed, copy].sort());
    expect(run.summary).toMatchObject({ new: 1, updated: 1, unchanged: files.length, failed: 1, failures: [{ file: bad, reason: badOutcome.reason }] });
    expect(run.events.get(changed)).toMatchObject({ status: 'updated', mentions: expect.any(Number) });
    expect(run.events.get(changed)!.id).not.toBe(firstIds.get(changed));
    expect(run.events.get(added)).toMatchObject({ status: 'new' });
    // The same text under another name is the stored speech, as before: nothing is written for the copy.
    expect(run.events.get(copy)).toMatchObject({ status: 'unchanged', id: firstIds.get(files[2]!), mentions: 0 });
    expect(run.events.get(bad)).toMatchObject({ status: 'failed', reason: badOutcome.reason });
    for (const f of files.filter((f) => f !== changed)) expect(run.events.get(f)).toMatchObject({ status: 'unchanged', id: firstIds.get(f) });
    expect((await checkGraph(db)).problems).toEqual([]);

    // Worker threads get the snapshot too: the same folder again changes nothing and reports the same ids.
    const stored = await storedSpeeches(db);
    const graph = await countGraph(db);
    const viaWorkers = await ingest(2);
    expect(viaWorkers.summary).toMatchObject({ new: 0, updated: 0, unchanged: files.length + 2, failed: 1, mentions: 0 });
    for (const [file, e] of run.events) if (e.status !== 'failed') expect(viaWorkers.events.get(file)).toMatchObject({ status: 'unchanged', id: e.id });
    expect(await storedSpeeches(db)).toEqual(stored);
    expect(await countGraph(db)).toEqual(graph);

    // The graph is the one a first load of the folder as it is now writes.
    await emptyGraph(db);
    expect((await ingest(0)).summary).toMatchObject({ new: files.length + 1, unchanged: 1, failed: 1 });
    expect(await storedSpeeches(db)).toEqual(stored);
    expect(await countGraph(db)).toEqual(graph);
    expect((await checkGraph(db)).problems).toEqual([]);
  });
});
