import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/graph/database.js';
import { applySchema } from '../src/graph/applySchema.js';
import { findSpeeches, deleteSpeeches } from '../src/graph/write/deleteSpeeches.js';
import { speechIdOf, speechRows } from '../src/graph/write/speechRows.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { buildSpeech, type SpeechSpec } from './bench/syntheticSpeech.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { countGraph, openTestDatabase } from './support/testDatabase.js';

const first: SpeechSpec = {
  source: '/corpus/a.txt',
  title: '在全市作风建设大会上的讲话',
  level: 'city',
  date: '2021-03-02',
  venue: '市委八届五次全会',
  preamble: ['这次会议是贯彻十九届五中全会精神的重要会议。大家要增强“四个意识”，做到“两个维护”。'],
  sections: [
    {
      marker: '一、',
      heading: '提高政治站位',
      paragraphs: ['要把“四个意识”落到实处，坚定“四个自信”。市委八届五次全会作出了部署。'],
      children: [{ marker: '（一）', heading: '抓好学习', paragraphs: ['要做到两个坚决维护，落实“两个责任”。'] }],
    },
    { marker: '二、', heading: '做好“六稳”“六保”', paragraphs: ['要深化“放管服”改革，推进“最多跑一次”，优化营商环境。'] },
  ],
};

const second: SpeechSpec = {
  source: '/corpus/b.txt',
  title: '在县委×届×次全会上的讲话',
  level: 'county',
  preamble: ['县委×届×次全会的任务是落实“六稳”“六保”。'],
  sections: [{ marker: '一、', heading: '稳住经济', paragraphs: ['要增强“四个意识”，推进高质量发展。'] }],
};

async function scalar(db: Database, query: string, params: Record<string, unknown> = {}): Promise<unknown> {
  return db.read(async (tx) => {
    const v = (await tx.run(query, params)).records[0]?.get(0);
    return typeof v === 'object' && v !== null && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : v;
  });
}

describe('writing speeches', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
  });
  afterAll(async () => db?.close());

  it('writes a speech with sections, mentions, variants, members and venue', async () => {
    const speech = buildSpeech(first, SYNTHETIC_LEXICON);
    const outcome = await writeSpeech(db, speech);
    expect(outcome.status).toBe('new');
    expect(outcome.id).toBe(speechIdOf(speech.sha256));
    expect(outcome.mentions).toBeGreaterThan(10);

    expect(await scalar(db, 'MATCH (:Speech {id: $id})-[:HAS_SECTION]->(s:Section) RETURN count(s)', { id: outcome.id })).toBe(2);
    expect(await scalar(db, 'MATCH (:Speech)-[:HAS_SECTION]->(:Section)-[:HAS_SECTION]->(c:Section) RETURN c.heading')).toBe('抓好学习');
    // Speech-level count and offsets cover the whole speech.
    const m = await db.read(async (tx) => (await tx.run('MATCH (:Speech)-[m:MENTIONS]->(:Slogan {name: "四个意识"}) RETURN m')).records[0]!.get('m').properties);
    expect(m.count.toNumber()).toBe(2);
    expect(m.offsets.map((o: { toNumber(): number }) => o.toNumber())).toEqual(
      [...speech.text.matchAll(/四个意识/g)].map((x) => x.index),
    );
    expect(m.sentences).toHaveLength(2);
    // Section-level mention sits on the innermost section.
    expect(await scalar(db, 'MATCH (s:Section {heading: "抓好学习"})-[m:MENTIONS]->(:Slogan {name: "两个维护"}) RETURN m.count')).toBe(1);
    // A variant name finds its slogan.
    expect(await scalar(db, 'MATCH (:SloganVariant {name: "两个坚决维护"})-[:VARIANT_OF]->(s:Slogan) RETURN s.name')).toBe('两个维护');
    expect(await scalar(db, 'MATCH (:Slogan {name: "四个意识"})-[:HAS_MEMBER]->(c:Concept) RETURN count(c)')).toBe(4);
    expect(await scalar(db, 'MATCH (:Speech {id: $id})-[:DELIVERED_AT]->(m:Meeting) RETURN m.name', { id: outcome.id })).toBe('市委八届五次全会');
    // Integers stay integers (the driver would send JS numbers as floats).
    expect(await scalar(db, 'MATCH (s:Speech) RETURN valueType(s.chars)')).toBe('INTEGER NOT NULL');
  });

  it('stores every position list as the integers the rows hold (they travel as text)', async () => {
    const speech = buildSpeech(first, SYNTHETIC_LEXICON);
    const rows = speechRows(speech);
    const ints = (list: Array<{ toNumber(): number }>): number[] => list.map((i) => i.toNumber());
    const stored = await db.read(async (tx) => {
      const sp = (await tx.run('MATCH (s:Speech {id: $id}) RETURN s.sentenceStarts AS starts, s.sentenceEnds AS ends, valueType(s.sentenceStarts) AS type', { id: rows.speech.id })).records[0]!;
      const mentions = (
        await tx.run(
          `MATCH (c)-[m:MENTIONS]->(x:Slogan) WHERE c.id = $id OR c.id STARTS WITH $id + ':'
           RETURN c.id AS container, x.name AS name, m.offsets AS offsets, m.ends AS ends, m.sentences AS sentences,
                  [valueType(m.offsets), valueType(m.ends), valueType(m.sentences)] AS types`,
          { id: rows.speech.id },
        )
      ).records;
      return { sp, mentions };
    });
    expect(stored.sp.get('type')).toBe('LIST<INTEGER NOT NULL> NOT NULL');
    expect([ints(stored.sp.get('starts')), ints(stored.sp.get('ends'))]).toEqual([rows.sentenceStarts, rows.sentenceEnds]);
    const expected = rows.slogans.flatMap((s) => [
      { container: rows.speech.id, name: s.name, positions: [s.offsets, s.ends, s.sentences] },
      ...s.sections.map((m) => ({ container: m.section, name: s.name, positions: [m.offsets, m.ends, m.sentences] })),
    ]);
    const got = stored.mentions.map((r) => ({ container: r.get('container'), name: r.get('name'), positions: [ints(r.get('offsets')), ints(r.get('ends')), ints(r.get('sentences'))] }));
    const key = (m: { container: string; name: string }): string => `${m.container} ${m.name}`;
    expect(got.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
    expect(new Set(stored.mentions.flatMap((r) => r.get('types')))).toEqual(new Set(['LIST<INTEGER NOT NULL> NOT NULL']));
  });

  it('leaves node and relationship counts identical when the same text is written again', async () => {
    const before = await countGraph(db);
    const outcome = await writeSpeech(db, buildSpeech(first, SYNTHETIC_LEXICON));
    expect(outcome.status).toBe('unchanged');
    expect(await countGraph(db)).toEqual(before);
  });

  it('keeps anonymised meetings apart per speech', async () => {
    await writeSpeech(db, buildSpeech(second, SYNTHETIC_LEXICON));
    const other = { ...second, source: '/corpus/c.txt', title: '在县委×届×次全会上的发言' };
    await writeSpeech(db, buildSpeech(other, SYNTHETIC_LEXICON));
    expect(await scalar(db, 'MATCH (m:Meeting {name: "县委×届×次全会"}) RETURN count(m)')).toBe(2);
  });

  it('replaces the old subgraph when the text under a source changes, and cleans orphans', async () => {
    const changed = { ...first, sections: first.sections.slice(1) }; // drops 四个自信, 两个责任, the variant
    const oldId = speechIdOf(buildSpeech(first, SYNTHETIC_LEXICON).sha256);
    const outcome = await writeSpeech(db, buildSpeech(changed, SYNTHETIC_LEXICON));
    expect(outcome.status).toBe('updated');
    expect(outcome.replaced).toEqual([oldId]);
    expect(await scalar(db, 'MATCH (s:Speech {source: "/corpus/a.txt"}) RETURN count(s)')).toBe(1);
    expect(await scalar(db, 'MATCH (s:Slogan {name: "四个自信"}) RETURN count(s)')).toBe(0);
    expect(await scalar(db, 'MATCH (c:Concept {name: "道路自信"}) RETURN count(c)')).toBe(0);
    expect(await scalar(db, 'MATCH (v:SloganVariant) RETURN count(v)')).toBe(0);
    expect(await scalar(db, 'MATCH (s:Section) WHERE s.id STARTS WITH $id RETURN count(s)', { id: oldId })).toBe(0);
  });

  it('removes a speech by source and the nodes left with no mentions', async () => {
    const found = await findSpeeches(db, ['/corpus/b.txt']);
    expect(found).toHaveLength(1);
    const deleted = await deleteSpeeches(db, found.map((f) => f.id));
    expect(deleted).toEqual([found[0]!.id]);
    expect(await scalar(db, 'MATCH (m:Meeting {name: "县委×届×次全会"}) RETURN count(m)')).toBe(1);
    // Shared nodes survive while another speech mentions them.
    expect(await scalar(db, 'MATCH (s:Slogan {name: "六稳"}) RETURN count(s)')).toBe(1);
    const rest = await findSpeeches(db, ['/corpus/a.txt', '/corpus/c.txt']);
    await deleteSpeeches(db, rest.map((r) => r.id));
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
  });
});
