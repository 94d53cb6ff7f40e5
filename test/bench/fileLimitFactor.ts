// How much of Neo4j's per-transaction memory one speech's write takes per byte of its text (a script,
// not a test): `tsx test/bench/fileLimitFactor.ts [--tx 32m] [--factors 40,30,20,15,10]`. Starts a
// throwaway local Neo4j whose db.memory.transaction.max is --tx, then ingests one text of the
// example speeches' density per factor f, of (--tx / f) bytes, largest factor first, until a write
// fails; prints each size, its outcome and time. The default file limit is db.memory.transaction.max
// / TRANSACTION_BYTES_PER_FILE_BYTE (src/config.ts): the largest factor that fails says how much room that leaves.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFiles } from '../../src/app/ingestFiles.js';
import { loadConfig } from '../../src/config.js';
import { applySchema } from '../../src/graph/applySchema.js';
import { openDatabase } from '../../src/graph/database.js';
import { startThrowawayNeo4j } from '../support/testNeo4j.js';
import { largeSpeechText } from '../support/largeSpeech.js';

const { values } = parseArgs({ options: { tx: { type: 'string', default: '32m' }, factors: { type: 'string', default: '40,30,20,15,10,7,5' } } });
const config = loadConfig({ ...process.env, TIFA_NEO4J_TX_MEMORY: values.tx });
const txBytes = Number(values.tx.slice(0, -1)) * (values.tx.endsWith('g') ? 1024 ** 3 : values.tx.endsWith('m') ? 1024 ** 2 : 1024);
const factors = values.factors.split(',').map(Number);
const neo4j = await startThrowawayNeo4j(config, { log: (l) => console.error(`[neo4j] ${l}`) });
const db = openDatabase(neo4j);
const dir = mkdtempSync(join(tmpdir(), 'tifa-file-limit-'));
try {
  await applySchema(db);
  console.log(`db.memory.transaction.max = ${values.tx} (${txBytes} bytes); default file limit: ${config.extract.maxFileBytes} bytes\n`);
  console.log('| factor | text bytes | outcome | seconds |\n| ---: | ---: | --- | ---: |');
  for (const f of factors) {
    const bytes = Math.floor(txBytes / f);
    const file = join(dir, `large-${f}.txt`);
    writeFileSync(file, largeSpeechText(bytes));
    const { summary } = await ingestFiles(db, [file], { maxFileBytes: bytes, concurrency: 1, workers: 0 });
    const outcome = summary.failed ? `failed: ${summary.failures[0]?.reason.slice(0, 120)}` : 'written';
    console.log(`| ${f} | ${bytes} | ${outcome} | ${summary.seconds.toFixed(1)} |`);
    if (summary.failed) break;
  }
} finally {
  await db.close();
  await neo4j.stop();
  rmSync(dir, { recursive: true, force: true });
}
