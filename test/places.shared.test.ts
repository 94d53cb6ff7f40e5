import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { removeSpeeches } from '../src/app/removeSpeeches.js';
import { loadConfig } from '../src/config.js';
import { extractSpeech } from '../src/extract/extractSpeech.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { speechIdOf } from '../src/graph/write/speechRows.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { errorCodes, gql } from './support/graphqlClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// `tifa ingest ../shared/real/reports-2026`, then places and
// place(name: "江苏省") over GraphQL give the province, its speeches and its top slogans. The
// hierarchy (a county inside a city inside the province), speakers, genres and dates are checked
// on short texts written here.
const REPO = fileURLToPath(new URL('..', import.meta.url));
const REPORTS = resolve(REPO, '../shared/real/reports-2026');

let db: Database;
let server: ApiServer;

// Speeches of a county and a city of Jiangsu, with the header fields the extraction reads (speaker, genre, dates).
const kunshan = {
  ...extractSpeech({ text: '2026年昆山市政府工作报告\n各位代表：\n一、工作回顾\n全市坚持“四个意识”。\n', source: 'test:kunshan' }),
  date: '2026-01-10',
  genre: 'work_report' as const,
  subtitle: '——2026年1月10日在昆山市第十七届人民代表大会第六次会议上',
  speaker: { name: '周伟', role: '市长' },
  published: '2026-01-12',
};
const suzhou = {
  ...extractSpeech({ text: '在苏州市委十三届全会上的讲话\n同志们：\n一、提高站位\n增强“四个意识”，做到“两个维护”。\n', source: 'test:suzhou' }),
  date: '2025-12-20',
  genre: 'speech' as const,
  subtitle: null,
  speaker: { name: '刘小涛', role: '市委书记' },
  published: null,
};

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  const conn = inject('neo4j');
  await promisify(execFile)('node', [join(REPO, 'bin/tifa.mjs'), 'ingest', REPORTS, '--concurrency', '2'], {
    cwd: REPO,
    env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password },
  });
  server = await createApiServer({ db, config: { ...loadConfig({}).server, host: '127.0.0.1', port: 0 }, logger: pino({ level: 'silent' }) });
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('places of the 21 work reports', () => {
  it('lists every province with one speech each', async () => {
    const r = await gql(server, '{ places(level: PROVINCIAL, first: 100) { totalCount edges { node { code name level speechCount parent { code } } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.places.totalCount).toBe(21);
    const nodes = r.data!.places.edges.map((e: { node: unknown }) => e.node);
    // Provinces lie in the country, the root place.
    expect(nodes).toContainEqual({ code: '320000', name: '江苏省', level: 'PROVINCIAL', speechCount: 1, parent: { code: '100000' } });
    expect(nodes).toContainEqual({ code: '310000', name: '上海市', level: 'PROVINCIAL', speechCount: 1, parent: { code: '100000' } });
  });

  it('answers place(name: "江苏省") with the province, its speech and its top slogans', async () => {
    const r = await gql(
      server,
      `{ place(name: "江苏省") { code name level speechCount
           speeches { totalCount edges { node { level place { name } } } }
           topSlogans(first: 5) { slogan { name kind } speeches mentions } } }`,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data!.place;
    expect(p).toMatchObject({ code: '320000', name: '江苏省', level: 'PROVINCIAL', speechCount: 1 });
    expect(p.speeches.totalCount).toBe(1);
    expect(p.speeches.edges[0].node).toEqual({ level: 'PROVINCIAL', place: { name: '江苏省' } });
    expect(p.topSlogans).toHaveLength(5);
    for (const s of p.topSlogans) expect(s).toMatchObject({ speeches: 1, mentions: expect.any(Number) });
    const mentions = p.topSlogans.map((s: { mentions: number }) => s.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
  });

  it('gives the same place by code, and filters speeches by place and level', async () => {
    const r = await gql(
      server,
      `{ byCode: place(code: "320000") { name }
         jiangsu: speeches(filter: { place: "江苏省" }) { totalCount }
         provincial: speeches(filter: { level: PROVINCIAL }) { totalCount }
         unknown: speeches(filter: { place: "不存在市" }) { totalCount } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ byCode: { name: '江苏省' }, jiangsu: { totalCount: 1 }, provincial: { totalCount: 21 }, unknown: { totalCount: 0 } });
  });
});

describe('a county and a city inside the province', () => {
  beforeAll(async () => {
    await writeSpeech(db, kunshan);
    await writeSpeech(db, suzhou);
  });

  it('counts everything under the province and lists the chain', async () => {
    const r = await gql(
      server,
      `{ js: place(name: "江苏省") { speechCount children { name level } }
         sz: place(name: "苏州市") { level parent { name } speechCount }
         inSuzhou: places(parent: "苏州市") { edges { node { name level parent { name } } } }
         underJs: speeches(filter: { place: "320000" }) { totalCount } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.js).toEqual({ speechCount: 3, children: [{ name: '苏州市', level: 'CITY' }] });
    expect(r.data!.sz).toEqual({ level: 'CITY', parent: { name: '江苏省' }, speechCount: 2 });
    expect(r.data!.inSuzhou.edges).toEqual([{ node: { name: '昆山市', level: 'COUNTY', parent: { name: '苏州市' } } }]);
    expect(r.data!.underJs.totalCount).toBe(3);
  });

  it('stores genre, subtitle, speaker and publication date, and filters by genre and dates', async () => {
    const id = speechIdOf(kunshan.sha256);
    const r = await gql(
      server,
      `query($id: ID!) { speech(id: $id) { genre subtitle published date speaker { name role } place { name level parent { name } } }
         reports: speeches(filter: { place: "苏州市", genre: WORK_REPORT }) { totalCount }
         january: speeches(filter: { place: "苏州市", dateFrom: "2026-01-01", dateTo: "2026-01" }) { totalCount } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.speech).toEqual({
      genre: 'WORK_REPORT',
      subtitle: kunshan.subtitle,
      published: '2026-01-12',
      date: '2026-01-10',
      speaker: { name: '周伟', role: '市长' },
      place: { name: '昆山市', level: 'COUNTY', parent: { name: '苏州市' } },
    });
    expect(r.data!.reports.totalCount).toBe(1);
    expect(r.data!.january.totalCount).toBe(1);
  });

  it('refuses a place asked by neither or both keys, and a malformed date', async () => {
    expect(errorCodes(await gql(server, '{ place { name } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, '{ place(code: "320000", name: "江苏省") { name } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, '{ speeches(filter: { dateFrom: "2026/01/01" }) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('deletes a place with the last speech from it, and keeps the places above while speeches remain', async () => {
    await removeSpeeches(db, { id: speechIdOf(kunshan.sha256) });
    const r = await gql(server, '{ ks: place(name: "昆山市") { name } sz: place(name: "苏州市") { speechCount } js: place(name: "江苏省") { speechCount } }');
    expect(r.data).toEqual({ ks: null, sz: { speechCount: 1 }, js: { speechCount: 2 } });
    await removeSpeeches(db, { id: speechIdOf(suzhou.sha256) });
    const after = await gql(server, '{ sz: place(name: "苏州市") { name } js: place(name: "江苏省") { speechCount } }');
    expect(after.data).toEqual({ sz: null, js: { speechCount: 1 } });
  });
});
