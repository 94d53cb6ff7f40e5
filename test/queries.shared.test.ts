import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractForIngest, listSpeechFiles } from '../src/app/pipeline/speechFiles.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { ingestSpeeches } from '../src/app/pipeline/ingestSpeeches.js';
import { parseCypherHeader } from '../src/graph/query/analystQueries.js';
import { parseCypherValue } from '../src/graph/query/parseCypherValue.js';
import { recordToPlain } from '../src/graph/toPlain.js';
import { openTestDatabase } from './support/testDatabase.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const QUERIES = resolve(REPO, 'cypher/queries');
type Row = Record<string, unknown>;

/** The `// :param name => value` lines of a query header, as driver parameters (read as `tifa query` reads them). */
function headerParams(text: string): Record<string, unknown> {
  return Object.fromEntries(parseCypherHeader('', '', text).params.map((p) => [p.name, parseCypherValue(p.example)]));
}

describe('analyst queries in cypher/queries on ../shared/corpus', () => {
  let db: Database;
  const files = readdirSync(QUERIES).filter((f) => f.endsWith('.cypher')).sort();
  const run = async (file: string, override: Record<string, unknown> = {}): Promise<Row[]> => {
    const text = readFileSync(resolve(QUERIES, file), 'utf8');
    return db.read(async (tx) => (await tx.run(text, { ...headerParams(text), ...override })).records.map((r) => recordToPlain<Row>(r)));
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
    const { files: corpus } = await listSpeechFiles([resolve(REPO, '../shared/corpus')]);
    const summary = await ingestSpeeches(db, corpus, { extract: (f) => extractForIngest(f, 20 * 1024 * 1024), concurrency: 2 });
    expect(summary.new).toBe(5);
  });
  afterAll(async () => db?.close());

  it('has at least eight documented queries whose headers give an example for every parameter', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const text = readFileSync(resolve(QUERIES, file), 'utf8');
      expect(text.startsWith('// '), `${file} starts with a header comment`).toBe(true);
      expect(text, `${file} documents what it returns`).toMatch(/^\/\/ Returns: /m);
      const used = new Set([...text.replace(/^\/\/.*$/gm, '').matchAll(/\$(\w+)/g)].map((m) => m[1]));
      expect(Object.keys(headerParams(text)).sort(), `${file} has a :param line per parameter`).toEqual([...used].sort());
    }
  });

  it('topSlogans: 四个意识 and 两个维护 lead with 4 speeches each', async () => {
    const rows = await run('topSlogans.cypher');
    expect(rows.slice(0, 2).map((r) => [r.slogan, r.speeches]).sort()).toEqual([['两个维护', 4], ['四个意识', 4]]);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.speeches as number).toBeGreaterThanOrEqual(rows[i]!.speeches as number);
  });

  it('cooccurringPairsNpmi: 两个维护–四个意识 with support 4 and a valid NPMI, sorted', async () => {
    const rows = await run('cooccurringPairsNpmi.cypher');
    const pair = rows.find((r) => r.a === '两个维护' && r.b === '四个意识');
    expect(pair?.support).toBe(4);
    expect(pair?.npmi as number).toBeGreaterThan(0);
    expect(pair?.npmi as number).toBeLessThanOrEqual(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.npmi as number).toBeGreaterThanOrEqual(rows[i]!.npmi as number);
  });

  it('speechesCitingMeeting: 十九届五中全会 is cited by the two study speeches (000, 001)', async () => {
    const rows = await run('speechesCitingMeeting.cypher');
    expect(rows.map((r) => String(r.source).split('/').pop()!.slice(0, 3)).sort()).toEqual(['000', '001']);
    expect(rows.every((r) => (r.times as number) >= 1)).toBe(true);
  });

  it('meetingsByLevel: central meetings cited by 2 speeches, county-level meetings present', async () => {
    const rows = await run('meetingsByLevel.cypher');
    const central = rows.find((r) => r.level === 'central');
    expect(central).toMatchObject({ speeches: 2 });
    expect(central!.examples).toContain('十九届五中全会');
    expect(rows.some((r) => r.level === 'county')).toBe(true);
  });

  it('sloganContexts: every mention of 两个维护 with its sentence, variant spelling included', async () => {
    const rows = await run('sloganContexts.cypher');
    expect(rows.length).toBe(7); // 000 ×3, 001 ×2, 002 ×1, 004 ×1
    for (const r of rows) {
      expect(r.slogan).toBe('两个维护');
      expect(String(r.snippet).slice(r.at as number)).toMatch(new RegExp(`^${r.written}`));
    }
    expect(rows.map((r) => r.written)).toContain('两个坚决维护');
    const byVariant = await run('sloganContexts.cypher', { slogan: '两个坚决维护' });
    expect(byVariant.length).toBe(7);
  });

  it('singleSpeechSlogans: one-speech slogans only, e.g. 五个引领 from 000', async () => {
    const rows = await run('singleSpeechSlogans.cypher');
    expect(rows.map((r) => r.slogan)).toContain('五个引领');
    expect(rows.map((r) => r.slogan)).not.toContain('四个意识');
    const top = await run('topSlogans.cypher', { limit: neo4j.int(1000) });
    const once = new Set(top.filter((r) => r.speeches === 1).map((r) => r.slogan));
    expect(new Set(rows.map((r) => r.slogan))).toEqual(once);
  });

  it('sectionsWithTwoSlogans: 000 mentions 四个意识 and 两个维护 in its first section', async () => {
    const rows = await run('sectionsWithTwoSlogans.cypher');
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => r.marker === '一要' && String(r.heading).startsWith('坚持以政治建设为根本'))).toBe(true);
  });

  it('conceptShortestPath: 政治意识 reaches 道路自信 through 四个意识, a speech and 四个自信', async () => {
    const [row] = await run('conceptShortestPath.cypher');
    expect(row?.hops).toBe(4);
    expect(row?.labels).toEqual(['Concept', 'Slogan', 'Speech', 'Slogan', 'Concept']);
    expect((row?.path as string[]).filter((_, i) => i !== 2)).toEqual(['政治意识', '四个意识', '四个自信', '道路自信']);
  });

  it('sloganByName: the variant 两个坚决维护 finds 两个维护', async () => {
    const rows = await run('sloganByName.cypher', { name: '两个坚决维护' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ slogan: '两个维护', speeches: 4 });
    expect(rows[0]!.variants).toContain('两个坚决维护');
  });

  it('fulltextSearch: 五中全会 finds the two speeches about the plenum by title (CJK analyzer)', async () => {
    const rows = await run('fulltextSearch.cypher');
    const titles = rows.filter((r) => r.kind === 'Speech').map((r) => r.name);
    expect(titles).toEqual(expect.arrayContaining(['党的十九届五中全会学习研讨发言', '学习贯彻党的十九届五中全会精神研讨发言']));
  });

  it('speechOutline: 000 has five 一要…五要 sections', async () => {
    // The header's example id is an example speech's; 000_79fa9dd258326557.txt's id is this one.
    const rows = await run('speechOutline.cypher', { id: 'dc19ea35127850ed' });
    expect(rows.map((r) => r.marker)).toEqual(['一要', '二要', '三要', '四要', '五要']);
    expect(rows[0]!.slogans).toEqual(expect.arrayContaining(['四个意识', '两个维护']));
  });
});
