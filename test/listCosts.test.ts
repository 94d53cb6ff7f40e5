import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { checkGraph } from '../src/app/checkGraph.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { codes, gql, testServerConfig } from './support/apiClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// Speech.slogans, .meetings, .persons and .documents are costed by the list sizes each speech
// stores, before the query runs (a flat ×10 whatever their size would let a huge list through).
const silent = pino({ level: 'silent' });
// 300 formulas are 44,850 pairs, each written as a CO_OCCURS count and a year and a province
// slice: within the transaction memory of the test instance.
const HUGE = 300;
let db: Database;
let server: ApiServer;
let small: string;
let huge: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  const [spec, other] = generateSpeechSpecs(2, 21);
  small = (await writeSpeech(db, buildSpeech(spec!, SYNTHETIC_LEXICON))).id;
  // One speech naming HUGE distinct formulas (a lexicon of its own, so each is a slogan).
  const names = Array.from({ length: HUGE }, (_, i) => `第${i + 1}项提法`);
  const lexicon = { ...SYNTHETIC_LEXICON, slogans: names.map((name) => ({ name, kind: 'CATCHPHRASE' as const, members: [], variants: [] })) };
  const paragraphs = names.map((name) => `要落实“${name}”。`);
  huge = (await writeSpeech(db, buildSpeech({ ...other!, source: 'huge-lists.txt', sections: [{ marker: '一、', heading: '总体要求', paragraphs }] }, lexicon))).id;
  server = await createApiServer({ db, config: testServerConfig({ maxComplexity: 1_000 }), logger: silent });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

const speechQuery = 'query($id: ID!) { speech(id: $id) { slogans { slogan { name speeches(first: 5) { title } } count } } }';

describe('list costs use real sizes', () => {
  it('stores each speech list size at write time, checked by tifa check and restored by applySchema', async () => {
    const [row] = await db.read(async (tx) => (await tx.run('MATCH (s:Speech {id: $id}) RETURN s.sloganCount AS n, COUNT { (s)-[:MENTIONS]->(:Slogan) } AS actual', { id: huge })).records);
    expect(Number(row!.get('n'))).toBe(HUGE);
    expect(Number(row!.get('actual'))).toBe(HUGE);
    expect((await checkGraph(db)).ok).toBe(true);
    await db.write((tx) => tx.run('MATCH (s:Speech {id: $id}) SET s.sloganCount = 1 REMOVE s.termCount', { id: small }));
    const broken = await checkGraph(db);
    expect(broken.problems.map((p) => p.check)).toEqual(['listCounts']);
    expect(broken.lines[0]).toMatch(/speeches whose stored list sizes are wrong/);
    await db.write((tx) => tx.run('MATCH (s:Speech {id: $id}) REMOVE s.sloganCount', { id: small }));
    await applySchema(db); // stores the sizes a speech lacks (graphs written before they were kept)
    expect((await checkGraph(db)).ok).toBe(true);
  });

  it('costs a small speech by its few slogans and refuses the same query over a speech with 300 before running it', async () => {
    const few = await gql(server, speechQuery, { id: small });
    expect(few.errors, JSON.stringify(few.errors)).toBeUndefined();
    expect((few.data!.speech.slogans as unknown[]).length).toBeGreaterThan(0);
    const many = await gql(server, speechQuery, { id: huge });
    expect(many.status).toBe(400);
    expect(codes(many)).toEqual(['QUERY_TOO_COMPLEX']);
    const cost = Number(/query cost (\d+)/.exec(many.errors![0]!.message)?.[1]);
    expect(cost).toBeGreaterThan(HUGE * 8);
    expect(many.data).toBeUndefined();
  });

  it('costs the lists of a page of speeches by the largest speech, and a page bound where it is smaller', async () => {
    const page = await gql(server, '{ speeches(first: 2) { edges { node { slogans { slogan { name } count } } } } }');
    expect(codes(page)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(Number(/query cost (\d+)/.exec(page.errors![0]!.message)?.[1])).toBeGreaterThan(2 * HUGE * 3);
    // sections(first:) is bounded by the page and by the stored size: one section costs one, not 200.
    const sections = await gql(server, `{ a: speech(id: "${huge}") { sections { heading children { heading } } } }`);
    expect(sections.errors, JSON.stringify(sections.errors)).toBeUndefined();
  });
});
