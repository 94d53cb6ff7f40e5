import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { checkGraph } from '../src/app/checkGraph.js';
import { checkMetadata } from '../src/app/checkMetadata.js';
import { ingestDatasets } from '../src/app/ingestDataset.js';
import { ingestFiles } from '../src/app/ingestFiles.js';
import { loadConfig } from '../src/config.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { countGraph, openTestDatabase } from './support/testDatabase.js';
import { gql } from './support/graphqlClient.js';

// Given metadata wins over extraction, in the graph and over GraphQL; the country is the root
// place. Short texts written here: a headerless central report (its catalogue knows the year
// only), a party report older than the People's Republic, a provincial report whose header prints
// its date, and a text with a sidecar.
const MAX = 1024 * 1024;
let db: Database;
let server: ApiServer;
let dir: string;

const put = (name: string, content: string): string => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const speechOf = async (file: string) =>
  db.read(async (tx) => {
    const r = await tx.run(
      `MATCH (s:Speech {source: $source}) OPTIONAL MATCH (s)-[:FROM]->(p:Place)
       RETURN s.id AS id, s.date AS date, s.genre AS genre, s.level AS level, s.givenFields AS given, p.code AS place`,
      { source: join(dir, file) },
    );
    return r.records.map((x) => x.toObject());
  });
const options = { maxFileBytes: MAX, concurrency: 1, workers: 0 };

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  dir = mkdtempSync(join(tmpdir(), 'tifa-given-'));
  put('1954.txt', '各位代表：\n现在，我代表国务院向大会报告工作。\n一、过去一年的工作\n我们坚持“四个意识”。\n');
  put('1921.txt', '同志们：\n我们的党成立以来，团结工人群众。\n一、工作回顾\n坚持“两个维护”。\n');
  put('js.txt', '2026年江苏省政府工作报告\n——2026年1月27日在江苏省第十四届人民代表大会第五次会议上\n各位代表：\n一、工作回顾\n全省增强“四个意识”。\n');
  put('side.txt', '在全县重点任务部署会上的讲话\n同志们：\n一、提高站位\n增强“四个意识”，做到“两个维护”。\n');
  put('side.meta.json', JSON.stringify({ file: 'side.txt', date: '2025-03', place: '昆山市', speaker: { name: '周　伟', role: '市长' }, _notes: 'written for the test' }));
  put('catalogue.csv', 'file,date,genre,level,place\n1954.txt,1954,work_report,central,中华人民共和国\n1921.txt,1921,party_report,central,\njs.txt,2025,work_report,provincial,江苏省\n');
  server = await createApiServer({ db, config: { ...loadConfig({}).server, host: '127.0.0.1', port: 0 }, logger: pino({ level: 'silent' }) });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('given metadata', () => {
  it('loads a catalogue with its dates at their precision, the country as root, none for a body older than it', async () => {
    const summary = await ingestDatasets(db, [join(dir, 'catalogue.csv')], { ...options, textFileField: 'file' });
    expect(summary).toMatchObject({ new: 3, failed: 0 });
    expect(await speechOf('1954.txt')).toEqual([{ id: expect.any(String), date: '1954', genre: 'work_report', level: 'central', given: ['date', 'genre', 'level', 'place'], place: '100000' }]);
    expect(await speechOf('1921.txt')).toEqual([{ id: expect.any(String), date: '1921', genre: 'party_report', level: 'central', given: ['date', 'genre', 'level'], place: null }]);
    expect(await speechOf('js.txt')).toMatchObject([{ date: '2025', place: '320000' }]);
    expect((await checkGraph(db)).problems).toEqual([]);
  });

  it('reads a sidecar beside a text', async () => {
    const { summary } = await ingestFiles(db, [join(dir, 'side.txt')], options);
    expect(summary).toMatchObject({ new: 1, failed: 0 });
    expect(await speechOf('side.txt')).toMatchObject([{ date: '2025-03', level: 'county', given: ['date', 'speaker', 'level', 'place'], place: '320583' }]);
  });

  it('shows each field’s source over GraphQL, and place 100000 holds every placed speech', async () => {
    const r = await gql(
      server,
      `{ country: place(code: "100000") { name level parent { code } speechCount children { code } }
         jiangsu: place(code: "320000") { parent { code name } }
         underCountry: speeches(filter: { place: "100000" }) { totalCount }
         all: speeches(first: 10) { totalCount edges { node { source date place { code } metadataSources { title venue date speaker genre level place } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.country).toEqual({ name: '中华人民共和国', level: 'CENTRAL', parent: null, speechCount: 3, children: [{ code: '320000' }] });
    expect(r.data!.jiangsu.parent).toEqual({ code: '100000', name: '中华人民共和国' });
    expect(r.data!.underCountry.totalCount).toBe(3);
    const bySource = new Map(r.data!.all.edges.map((e: any) => [e.node.source.split('/').at(-1), e.node]));
    expect(r.data!.all.totalCount).toBe(4);
    expect((bySource.get('1921.txt') as any).place).toBeNull();
    expect((bySource.get('1954.txt') as any).metadataSources).toEqual({ title: 'EXTRACTED', venue: 'EXTRACTED', date: 'GIVEN', speaker: 'EXTRACTED', genre: 'GIVEN', level: 'GIVEN', place: 'GIVEN' });
    expect((bySource.get('side.txt') as any).metadataSources).toMatchObject({ date: 'GIVEN', speaker: 'GIVEN', place: 'GIVEN', title: 'EXTRACTED' });
  });

  it('never lets extraction overwrite a given value: the same text again without metadata is unchanged', async () => {
    const { summary } = await ingestFiles(db, [join(dir, '1954.txt'), join(dir, 'js.txt')], options);
    expect(summary).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    expect(await speechOf('1954.txt')).toMatchObject([{ date: '1954', given: ['date', 'genre', 'level', 'place'] }]);
    expect(await speechOf('js.txt')).toMatchObject([{ date: '2025' }]);
  });

  it('writes the same text again when it is given other values, and leaves it alone given the same', async () => {
    expect(await ingestDatasets(db, [join(dir, 'catalogue.csv')], { ...options, textFileField: 'file' })).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
    put('recatalogue.csv', 'file,date,level\n1954.txt,1954-09,central\n');
    expect(await ingestDatasets(db, [join(dir, 'recatalogue.csv')], { ...options, textFileField: 'file' })).toMatchObject({ new: 0, updated: 1 });
    expect(await speechOf('1954.txt')).toMatchObject([{ date: '1954-09', given: ['date', 'level'], place: '100000' }]);
    expect((await checkGraph(db)).problems).toEqual([]);
  });

  it('reports where the given values and the text disagree (tifa check --metadata)', async () => {
    const report = await checkMetadata(db);
    expect(report.speeches).toBe(4);
    expect(report.conflicts.map(({ field, given, extracted }) => ({ field, given, extracted }))).toEqual([{ field: 'date', given: '2025', extracted: '2026-01-27' }]);
    expect(report.lines.at(-1)).toMatch(/4 speeches with given metadata, 1 fields where extraction disagrees/);
  });

  it('puts a graph written before the country was the root place under it when the schema is applied', async () => {
    await db.write((tx) => tx.run(`MATCH (:Place {code: '320000'})-[r:PART_OF]->(:Place {code: '100000'}) DELETE r`));
    await db.write((tx) => tx.run(`MATCH (s:Speech {source: $source})-[r:FROM]->() DELETE r SET s.givenFields = ['date', 'level']`, { source: join(dir, '1954.txt') }));
    // The country no longer counts the speeches cut off from it: its stored total is reported too.
    expect((await checkGraph(db)).problems.map((p) => p.problem)).toEqual([
      'places whose stored list totals are wrong',
      'places not under the country (100000)',
      'central speeches not from the country (or older than it and placed)',
    ]);
    const before = await countGraph(db);
    await applySchema(db);
    expect((await checkGraph(db)).problems).toEqual([]);
    expect(await speechOf('1954.txt')).toMatchObject([{ place: '100000' }]);
    expect((await countGraph(db)).relationships).toBe(before.relationships + 2);
    await applySchema(db);
    expect((await countGraph(db)).relationships).toBe(before.relationships + 2);
  });

  it('refuses bad input before anything is written, naming the file and the line', async () => {
    const before = await countGraph(db);
    put('bad.csv', 'file,date\n1954.txt,1954\nmissing.txt,1955\n');
    await expect(ingestDatasets(db, [join(dir, 'bad.csv')], { ...options, textFileField: 'file' })).rejects.toThrow(/bad\.csv:3: text file "missing\.txt" does not exist/);
    put('baddate.csv', 'file,date\n1954.txt,1954-13\n');
    await expect(ingestDatasets(db, [join(dir, 'baddate.csv')], { ...options, textFileField: 'file' })).rejects.toThrow(/baddate\.csv:2: date "1954-13" has no month 13/);
    put('broken.txt', '同志们：\n一、总结\n坚持“四个意识”。\n');
    put('broken.meta.json', '{"date": "2025-02-30"}');
    const { summary } = await ingestFiles(db, [join(dir, 'broken.txt')], options);
    expect(summary.failures).toEqual([{ file: join(dir, 'broken.txt'), reason: expect.stringMatching(/broken\.meta\.json: date "2025-02-30" has no day 30/) }]);
    expect(await countGraph(db)).toEqual(before);
  });
});
