import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkGraph } from '../src/app/checkGraph.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { refreshDerivedData } from '../src/graph/refreshDerivedData.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { openTestDatabase } from './support/testDatabase.js';

// `tifa check`: a sound graph passes; each kind of damage a crash or a buggy writer could leave is named.
const TIFA = join(import.meta.dirname, '..', 'bin', 'tifa.mjs');
let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  for (const spec of generateSpeechSpecs(12, 21)) await writeSpeech(db, buildSpeech(spec, SYNTHETIC_LEXICON));
  await refreshDerivedData(db);
  // A stored ranking (written by the first unfiltered co-occurrence read), for the check to verify.
  await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 5 });
});

afterAll(async () => {
  await db?.close();
});

async function tifaCheck(): Promise<{ code: number; stdout: string; stderr: string }> {
  const conn = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, ...(conn.database ? { NEO4J_DATABASE: conn.database } : {}) };
  return promisify(execFile)('node', [TIFA, 'check'], { env, timeout: 280_000 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const run = (cypher: string) => db.write((tx) => tx.run(cypher));

describe('tifa check', () => {
  it('passes a graph written by the loader (exit 0)', async () => {
    const report = await checkGraph(db);
    expect(report.problems).toEqual([]);
    expect(report.checks).toEqual(['cooccurrence', 'listCounts', 'listTotals', 'mentions', 'orphanSections', 'places', 'sectionCounts', 'slices', 'cooccurrenceRanking']);
    const cli = await tifaCheck();
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/^graph ok: 9 checks/);
  }, 300_000);

  it('names every kind of damage and exits 1', async () => {
    await run('MATCH (:Speech)-[r:HAS_SECTION]->(x:Section) WITH r, x LIMIT 1 DELETE r');
    await run("MATCH (s:Slogan) WITH s LIMIT 1 SET s.speechCount = coalesce(s.speechCount, 0) + 7");
    await run('MATCH (s:Slogan) WITH s ORDER BY s.name DESC LIMIT 1 REMOVE s.mentionCount');
    await run('MATCH (m:Meeting) WITH m LIMIT 1 SET m.speechCount = m.speechCount + 2');
    await run('MATCH (t:Term) WITH t LIMIT 1 REMOVE t.weightTotal');
    await run('MATCH (sp:Speech)-[m:MENTIONS]->(x) WHERE EXISTS { MATCH (sp)-[:HAS_SECTION*]->(:Section)-[:MENTIONS]->(x) } WITH m LIMIT 1 DELETE m');
    await run("CREATE (:Person {name: '无人提及'})");
    await run("CREATE (:Place {code: '999999', name: '无处县', level: 'county'})");
    await run('MATCH (a:Slogan)-[r:CO_OCCURS]->(b:Slogan) WITH r ORDER BY a.name, b.name LIMIT 1 SET r.speeches = r.speeches + 3');
    await run('MATCH (a:Slogan)-[r:CO_OCCURS]->(b:Slogan) WITH r ORDER BY a.name DESC, b.name DESC LIMIT 1 DELETE r');
    const report = await checkGraph(db);
    const problems = report.problems.map((p) => p.problem);
    expect(problems).toEqual(
      expect.arrayContaining([
        'speeches missing sections',
        'sections without a speech',
        'slogans whose speechCount is wrong',
        'slogans without a stored mentionCount (written before it was kept)',
        'meetings whose stored list totals are wrong',
        'terms without stored list totals (written before they were kept)',
        'section mentions without the speech mention',
        'nodes no speech mentions',
        'CO_OCCURS pairs whose speech support is wrong',
        'co-mentioned slogan pairs without CO_OCCURS',
        'places not under the country (100000)',
      ]),
    );
    expect(report.ok).toBe(false);
    const cli = await tifaCheck();
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/orphanSections: \d+ sections without a speech, e\.g\. /);
    expect(cli.stderr).toContain('无人提及');
  }, 300_000);
});
