import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { removeSpeeches } from '../src/app/removeSpeeches.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { loadReadCypher } from '../src/graph/read/readCypher.js';
import { createReader } from '../src/graph/read/readRows.js';
import { speechPages, type SpeechPosition } from '../src/graph/read/speechPages.js';
import type { SpeechFilterInput } from '../src/graph/read/speechReads.js';
import type { SpeechRow } from '../src/graph/read/types.js';
import { refreshDerivedData } from '../src/graph/refreshDerivedData.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { codes, gql, testServerConfig } from './support/apiClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// The speech list against an independent answer: every speech read back with plain Cypher and
// filtered and sorted here. Some speeches are undated and several share a date, so pages cross the
// undated boundary and ties on date. Both ways a page is read (walking the date index, starting
// from one side of the filter) must give the same list.
const silent = pino({ level: 'silent' });
let db: Database;
let server: ApiServer;

interface Stored extends SpeechRow {
  text: string;
  slogans: string[];
}

const specs = generateSpeechSpecs(70, 11).map((spec, i) => ({
  ...spec,
  // Every seventh undated, every fifth on one shared day.
  date: i % 7 === 3 ? null : i % 5 === 0 ? '2019-06-01' : spec.date,
}));

async function stored(): Promise<Stored[]> {
  return db.read(async (tx) => {
    const r = await tx.run('MATCH (s:Speech) RETURN s {.id, .title, .date, .level, .text, slogans: [(s)-[:MENTIONS]->(g:Slogan) | g.name]} AS s');
    return r.records.map((rec) => rec.get('s') as Stored);
  });
}

const inOrder = (a: Stored, b: Stored) => (b.date ?? '').localeCompare(a.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function expected(all: Stored[], f: SpeechFilterInput): string[] {
  return all
    .filter((s) => !f.slogan || s.slogans.includes(f.slogan))
    .filter((s) => !f.level || s.level === f.level)
    .filter((s) => !f.dateFrom || (s.date !== null && s.date >= f.dateFrom))
    .filter((s) => !f.dateTo || (s.date !== null && s.date.slice(0, f.dateTo.length) <= f.dateTo))
    .filter((s) => !f.text || s.title.includes(f.text) || s.text.includes(f.text))
    .sort(inOrder)
    .map((s) => s.id);
}

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  for (const spec of specs) await writeSpeech(db, buildSpeech(spec, SYNTHETIC_LEXICON));
  await refreshDerivedData(db);
  await db.write((tx) => tx.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()'));
  server = await createApiServer({ db, config: testServerConfig(), logger: silent });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

// A hub slogan (most speeches), a rarer one, a level, a date range, a text of Han characters (full-text
// index) and one with a digit (walked), combined.
async function filters(all: Stored[]): Promise<Array<[string, SpeechFilterInput]>> {
  const uses = new Map<string, number>();
  for (const s of all) for (const g of s.slogans) uses.set(g, (uses.get(g) ?? 0) + 1);
  const bySize = [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const hub = bySize[0]![0];
  const rare = bySize.find(([, n]) => n <= 10)![0];
  const level = all.find((s) => s.level)!.level!;
  const word = all[0]!.text.slice(all[0]!.text.indexOf('\n\n') + 2).match(/\p{Script=Han}{4}/u)![0];
  return [
    ['no filter', {}],
    ['hub slogan', { slogan: hub }],
    ['rare slogan', { slogan: rare }],
    ['level', { level }],
    ['date range', { dateFrom: '2012', dateTo: '2019-06' }],
    ['text', { text: word }],
    ['text with a digit', { text: '2' }],
    ['slogan + level + dates', { slogan: hub, level, dateFrom: '2010' }],
    ['text + level', { text: word, level }],
    ['nothing matches', { text: '无此文字样例' }],
  ];
}

async function pageThrough(filter: SpeechFilterInput, choose: Parameters<typeof speechPages>[1], size: number): Promise<string[]> {
  const page = speechPages(createReader(db, loadReadCypher()), choose);
  const seen: string[] = [];
  let after: SpeechPosition | null = null;
  for (;;) {
    const { rows } = await page(filter, after, size);
    seen.push(...rows.map((r) => r.id));
    if (rows.length < size) return seen;
    const last = rows.at(-1)!;
    after = { date: last.date ?? '', id: last.id };
  }
}

describe('the speech list', () => {
  it('pages every filter in the list order, walking the date index or starting from a side, with the right totalCount', async () => {
    const all = await stored();
    expect(all.filter((s) => s.date === null).length).toBeGreaterThan(5);
    for (const [name, filter] of await filters(all)) {
      const want = expected(all, filter);
      expect(want.length, name).toBeLessThan(all.length + 1);
      expect(await pageThrough(filter, () => null, 6), `${name}, walked`).toEqual(want);
      expect(await pageThrough(filter, undefined, 6), `${name}, planned`).toEqual(want);
      const { total } = await speechPages(createReader(db, loadReadCypher()))(filter, null, 1);
      expect(await total(), `${name}, totalCount`).toBe(want.length);
    }
  });

  it('answers through the API with cursors that carry the position, and refuses a foreign cursor', async () => {
    const all = await stored();
    const want = expected(all, {});
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r = await gql(server, 'query($a: String) { speeches(first: 9, after: $a) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }', { a: after });
      expect(r.errors).toBeUndefined();
      const c = r.data!.speeches;
      expect(c.totalCount).toBe(all.length);
      expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
      ids.push(...c.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(ids).toEqual(want);
    const slogans = await gql(server, '{ slogans(first: 1) { pageInfo { endCursor } } }');
    expect(codes(await gql(server, 'query($a: String) { speeches(after: $a) { totalCount } }', { a: slogans.data!.slogans.pageInfo.endCursor }))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows each speech at most once while speeches are written and removed, and every speech present throughout', async () => {
    const before = await stored();
    const hub = (await filters(before))[1]![1];
    const removable = before.filter((_, i) => i % 4 === 1).map((s) => s.id);
    const extra = generateSpeechSpecs(90, 12).slice(70);
    const writes = (async () => {
      for (let i = 0; i < extra.length; i++) {
        await writeSpeech(db, buildSpeech({ ...extra[i]!, source: `concurrent-${i}.txt` }, SYNTHETIC_LEXICON));
        if (removable[i]) await removeSpeeches(db, { id: removable[i]! });
      }
    })();
    const lists = await Promise.all(
      [{}, hub, { level: before[0]!.level!.toUpperCase() }].map(async (filter) => {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const r = await gql(server, 'query($a: String, $f: SpeechFilter) { speeches(first: 3, after: $a, filter: $f) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { a: after, f: filter });
          expect(r.errors).toBeUndefined();
          seen.push(...r.data!.speeches.edges.map((e: { node: { id: string } }) => e.node.id));
          if (!r.data!.speeches.pageInfo.hasNextPage) return { filter, seen };
          after = r.data!.speeches.pageInfo.endCursor;
        }
      }),
    );
    await writes;
    for (const { filter, seen } of lists) {
      expect(new Set(seen).size, JSON.stringify(filter)).toBe(seen.length);
      const throughout = expected(before, { ...filter, level: filter.level?.toLowerCase() }).filter((id) => !removable.includes(id));
      expect(seen, JSON.stringify(filter)).toEqual(expect.arrayContaining(throughout));
    }
  });
});
