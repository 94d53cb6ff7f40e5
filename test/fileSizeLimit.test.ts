import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/app/ingestFiles.js';
import { loadConfig, TRANSACTION_BYTES_PER_FILE_BYTE, type Config } from '../src/config.js';
import { applySchema } from '../src/graph/applySchema.js';
import { openDatabase, type Database } from '../src/graph/database.js';
import { countSpeeches } from '../src/graph/read/countSpeeches.js';
import { largeSpeechText } from './support/largeSpeech.js';
import { startThrowawayNeo4j, type TestNeo4jHandle } from './support/testNeo4j.js';

// The default file limit is what one Neo4j transaction can write: a share of db.memory.transaction.max
// (TRANSACTION_BYTES_PER_FILE_BYTE in src/config.ts). Proven on a database of its own, started with a small per-transaction bound (the
// run's shared database has the machine's, whose limit is a text of megabytes that takes minutes to
// extract): a text at the limit is written, one byte more is refused before it is read, naming the file.
const TX_MEMORY = '16m';

let config: Config;
let neo4j: TestNeo4jHandle;
let db: Database;
let dir: string;

beforeAll(async () => {
  config = loadConfig({ ...process.env, NEO4J_URI: '', TIFA_NEO4J_HEAP: '512m', TIFA_NEO4J_PAGECACHE: '128m', TIFA_NEO4J_TX_MEMORY: TX_MEMORY });
  neo4j = await startThrowawayNeo4j(config);
  db = openDatabase(neo4j);
  await applySchema(db);
  dir = mkdtempSync(join(tmpdir(), 'tifa-file-limit-'));
}, 240_000);

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the default file size limit', () => {
  it('is a measured share of db.memory.transaction.max', async () => {
    const setting = await db.read(async (tx) => (await tx.run("SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value")).records[0]?.get('value'));
    expect(setting).toBe('16.00MiB'); // TX_MEMORY as Neo4j reports it
    expect(config.extract.maxFileBytes).toBe(Math.floor((16 * 1024 * 1024) / TRANSACTION_BYTES_PER_FILE_BYTE));
  });

  it('writes a text at the limit in one transaction under that bound', async () => {
    const file = join(dir, 'at-limit.txt');
    writeFileSync(file, largeSpeechText(config.extract.maxFileBytes));
    const { summary } = await ingestFiles(db, [file], { maxFileBytes: config.extract.maxFileBytes, concurrency: 1, workers: 0 });
    expect(summary.failures).toEqual([]);
    expect(summary).toMatchObject({ new: 1, failed: 0, bytes: config.extract.maxFileBytes });
    expect(summary.mentions).toBeGreaterThan(100); // the example speeches' density, not a text of padding
  }, 300_000);

  it('refuses a text one byte over the limit with a message naming the file and the limit', async () => {
    const file = join(dir, 'over-limit.txt');
    writeFileSync(file, largeSpeechText(config.extract.maxFileBytes + 1));
    const before = await countSpeeches(db);
    const { summary } = await ingestFiles(db, [file], { maxFileBytes: config.extract.maxFileBytes, concurrency: 1, workers: 0 });
    expect(summary.failures).toEqual([{ file, reason: `larger than the limit of ${config.extract.maxFileBytes} bytes (TIFA_MAX_FILE_BYTES)` }]);
    expect(await countSpeeches(db)).toBe(before);
  }, 120_000);
});
