import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { checkGraph } from '../src/app/checkGraph.js';
import { loadConfig } from '../src/config.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { gql } from './support/graphqlClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// The central reports as a dataset: `tifa ingest ../shared/real/central/catalogue.csv
// --text-file-field file` loads all 67 texts with the catalogue's dates (a year where that is all
// it knows), GraphQL shows each field's source, and place(code: "100000") holds every speech that
// has a place — all but the three party reports of the 1920s, older than the People's Republic.
const REPO = fileURLToPath(new URL('..', import.meta.url));
const CATALOGUE = resolve(REPO, '../shared/real/central/catalogue.csv');

/** The catalogue's rows: file → date (a plain split is enough for this file: no quoted fields). */
const catalogue = new Map(
  readFileSync(CATALOGUE, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([file, date]) => [file!, date!]),
);

let db: Database;
let server: ApiServer;
let out = '';

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  const conn = inject('neo4j');
  const run = await promisify(execFile)('node', [join(REPO, 'bin/tifa.mjs'), 'ingest', CATALOGUE, '--text-file-field', 'file'], {
    cwd: REPO,
    env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, ...(conn.database ? { NEO4J_DATABASE: conn.database } : {}) },
    maxBuffer: 16 * 1024 * 1024,
  });
  out = run.stdout;
  server = await createApiServer({ db, config: { ...loadConfig({}).server, host: '127.0.0.1', port: 0 }, logger: pino({ level: 'silent' }) });
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('tifa ingest catalogue.csv --text-file-field file', () => {
  it('loads all 67 texts with the catalogue’s dates, at the precision it gives', async () => {
    expect(catalogue.size).toBe(67);
    expect(out).toMatch(/ingested 67 texts from 1 dataset in [\d.]+ s: 67 new, 0 updated, 0 unchanged, 0 failed/);
    const stored = await db.read(async (tx) => (await tx.run('MATCH (s:Speech) RETURN s.source AS source, s.date AS date')).records.map((r): [string, string] => [basename(r.get('source') as string), r.get('date') as string]));
    expect(new Map(stored)).toEqual(catalogue);
    expect((await checkGraph(db)).problems).toEqual([]);
  });

  it('shows each field’s source, and place 100000 answers with every speech that has a place', async () => {
    const r = await gql(
      server,
      `{ all: speeches(first: 100) { totalCount edges { node { source date place { code } metadataSources { date genre level place } } } }
         country: place(code: "100000") { name level speechCount speeches(first: 1) { totalCount } } }`,
    );
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.all.edges.map((e: any) => e.node);
    expect(r.data!.all.totalCount).toBe(67);
    for (const n of nodes) expect(n.metadataSources).toMatchObject({ date: 'GIVEN', genre: 'GIVEN', level: 'GIVEN' });
    const placeless = nodes.filter((n: any) => n.place === null).map((n: any) => basename(n.source)).sort();
    expect(placeless).toEqual(['1921_中共一大-北京_wiki.txt', '1921_中共一大-广州_wiki.txt', '1923_中共三大_wiki.txt']);
    expect(r.data!.country).toEqual({ name: '中华人民共和国', level: 'CENTRAL', speechCount: 64, speeches: { totalCount: 64 } });
  });
});
