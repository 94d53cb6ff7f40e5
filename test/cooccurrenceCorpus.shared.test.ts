import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSpeeches } from '../src/app/pipeline/ingestSpeeches.js';
import { extractForIngest, listSpeechFiles } from '../src/app/pipeline/speechFiles.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { openTestDatabase } from './support/testDatabase.js';

const CORPUS = resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/corpus');
const MEASURES = ['COUNT', 'JACCARD', 'PMI', 'NPMI', 'LIFT'] as const;

describe('slogan co-occurrence on ../shared/corpus', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
    const { files } = await listSpeechFiles([CORPUS]);
    const summary = await ingestSpeeches(db, files, { extract: (file) => extractForIngest(file, 20 * 1024 * 1024), concurrency: 2 });
    expect(summary.failed).toBe(0);
  });
  afterAll(async () => db?.close());

  it('answers from the materialised CO_OCCURS right after ingest, identically to the full computation', async () => {
    for (const measure of MEASURES) {
      for (const minSupport of [2, 3]) {
        for (const slogan of [undefined, '两个维护']) {
          const opts = { scope: 'SPEECH', measure, minSupport, first: 200, slogan } as const;
          const fast = await sloganCooccurrence(db, { ...opts, via: 'materialised' });
          expect(fast).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
        }
      }
    }
    const [top] = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 2, first: 1 });
    expect([top!.a, top!.b].sort()).toEqual(['两个维护', '四个意识'].sort());
    expect(top!.support).toBe(4);
  });
});
