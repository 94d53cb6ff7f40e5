import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { checkGraph } from '../src/app/checkGraph.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { deleteSpeeches } from '../src/graph/write/deleteSpeeches.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { ancestorsOf, placeByCode } from '../src/extract/places/gazetteer.js';
import type { ExtractedSpeech } from '../src/extract/types.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { gql, testServerConfig } from './support/apiClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// Keyset pages of slogans, meetings and places while speeches are written and removed between
// pages: no row is shown twice, every row that exists throughout is shown, and the stored counts
// the lists order by stay exact (tifa check recounts them).
let db: Database;
let server: ApiServer;
const stored: string[] = [];
// Counties of three provinces, so that places come and go with the speeches.
const COUNTIES = ['320581', '320583', '330106', '330110', '110105', '110108', '320505', '330381'];
const ref = (code: string) => {
  const p = placeByCode(code)!;
  return { code: p.code, name: p.name, level: p.level };
};
const placed = (speech: ExtractedSpeech, i: number): ExtractedSpeech => {
  const code = COUNTIES[i % COUNTIES.length]!;
  return { ...speech, level: 'county', place: { ...ref(code), within: ancestorsOf(code).map((p) => ref(p.code)) } };
};
const later = generateSpeechSpecs(8, 77).map((spec, i) => placed(buildSpeech(spec, SYNTHETIC_LEXICON), i + 3));

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  for (const [i, spec] of generateSpeechSpecs(14, 5).entries()) stored.push((await writeSpeech(db, placed(buildSpeech(spec, SYNTHETIC_LEXICON), i))).id);
  server = await createApiServer({ db, config: testServerConfig(), logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

/** Every key of a list, page by page; `between` runs after each page. */
async function walk(field: string, key: string, args: string, between: () => Promise<void>): Promise<string[]> {
  const keys: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const r = await gql(server, `query($after: String) { ${field}(first: 3, after: $after${args}) { pageInfo { hasNextPage endCursor } edges { node { ${key} } } } }`, { after });
    expect(r.errors).toBeUndefined();
    const conn = r.data![field];
    keys.push(...conn.edges.map((e: { node: Record<string, string> }) => e.node[key]));
    if (!conn.pageInfo.hasNextPage) return keys;
    after = conn.pageInfo.endCursor;
    await between();
  }
  throw new Error(`${field} did not end`);
}

async function all(field: string, key: string, args: string): Promise<string[]> {
  const r = await gql(server, `{ ${field}(first: 100${args}) { edges { node { ${key} } } } }`);
  return r.data![field].edges.map((e: { node: Record<string, string> }) => e.node[key]);
}

const ingestOne = async () => {
  const next = later.shift();
  if (next) stored.push((await writeSpeech(db, next)).id);
};
const ingestAndRemove = async () => {
  await ingestOne();
  await deleteSpeeches(db, [stored.shift()!]);
};

describe('keyset pages while speeches are written', () => {
  it.each([
    ['slogans', 'name', ', orderBy: NAME_ASC', ingestAndRemove],
    ['places', 'code', '', ingestAndRemove],
    ['slogans', 'name', ', orderBy: SPEECHES_DESC', ingestOne],
    ['slogans', 'name', ', orderBy: MENTIONS_DESC', ingestOne],
    ['meetings', 'key', '', ingestOne],
  ])('%s by %s%s: each row at most once, every lasting row once', async (field, key, args, between) => {
    const before = await all(field, key, args);
    const seen = await walk(field, key, args, between);
    const after = await all(field, key, args);
    expect(new Set(seen).size).toBe(seen.length);
    // The order by a name or code is fixed: every row there before and after the walk is shown.
    if (args === ', orderBy: NAME_ASC' || field === 'places') {
      const lasting = before.filter((k) => after.includes(k));
      expect(lasting.length).toBeGreaterThan(3);
      expect(seen).toEqual(expect.arrayContaining(lasting));
    }
  });

  it('kept every stored count exact through those writes and removals', async () => {
    const report = await checkGraph(db);
    expect(report.problems).toEqual([]);
  });
});
