import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinctiveSlogans, emergingSlogans, firstUse, risingSlogans, timelines } from '../src/app/timeQuestions.js';
import type { ExtractedSpeech } from '../src/extract/types.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { createReadRepository, type ReadRepository } from '../src/graph/read/createReadRepository.js';
import { distinctive, rising } from '../src/graph/time/fightinWords.js';
import { writeSpeeches } from '../src/graph/write/writeSpeeches.js';
import { centralCatalogue, centralSpeeches } from './support/centralCorpus.js';
import { TimeReference } from './support/timeReference.js';
import { openTestDatabase } from './support/testDatabase.js';

// The central work reports and party congress reports of ../shared/real/central, dated by their
// catalogue (a year, or a day), against plain counts over the same extracted speeches and over the
// raw texts: the first year a formulation is written is the year its first use reports.
const catalogue = centralCatalogue();
let corpus: ExtractedSpeech[];
let ref: TimeReference;
let db: Database;
let repo: ReadRepository;

beforeAll(async () => {
  corpus = centralSpeeches(catalogue);
  ref = new TimeReference(corpus);
  db = await openTestDatabase();
  await applySchema(db);
  for (let i = 0; i < corpus.length; i += 10) await writeSpeeches(db, corpus.slice(i, i + 10));
  repo = createReadRepository(db);
}, 600_000);

afterAll(async () => {
  await db?.close();
});

const FORMULATIONS = ['一国两制', '四项基本原则', '三个代表', '三农', '四个全面', '一带一路', '四个意识', '两个维护', '两个确立'];

describe('time questions on the central reports, 1921–2025', () => {
  it('reports as first use the first catalogue date whose text writes the formulation', async () => {
    expect(corpus).toHaveLength(67);
    for (const name of FORMULATIONS) {
      const firstWritten = catalogue.filter((c) => c.text.includes(name)).map((c) => c.date).sort()[0];
      const first = await firstUse(repo, name, {});
      expect(first?.date, name).toBe(firstWritten);
      expect(first).toEqual(ref.firstUse(name));
    }
  });

  it('gives timelines absent before the first year and present in it, equal to plain counts', async () => {
    for (const by of ['YEAR', 'MONTH'] as const) {
      const answers = await timelines(repo, FORMULATIONS, by, {});
      for (const a of answers) expect({ points: a.points, undated: a.undated, coarser: a.coarser }).toEqual(ref.timeline(a.name, by));
    }
    const [t] = await timelines(repo, ['三个代表'], 'YEAR', {});
    const firstYear = (await firstUse(repo, '三个代表', {}))!.date.slice(0, 4);
    expect(t!.points.filter((p) => p.period < firstYear).every((p) => p.speeches === 0)).toBe(true);
    expect(t!.points.find((p) => p.period === firstYear)!.share).toBeGreaterThan(0);
  });

  it('answers emerging, rising and distinctive as plain counts do', async () => {
    const emerging = await emergingSlogans(repo, '2013', '2019', {}, 100);
    expect(new Set(emerging.map((e) => JSON.stringify(e)))).toEqual(new Set(ref.emerging('2013', '2019').map((e) => JSON.stringify(e))));
    expect(emerging.map((e) => e.name)).toContain('四个全面');
    expect(await risingSlogans(repo, { from: '1990', to: '2002' }, { from: '2013' }, {}, 3, 20)).toEqual(rising(ref.side({}, '1990', '2002'), ref.side({}, '2013', null), 3, 20));
    const sides = ref.sides({ genre: 'party_report' }, null);
    expect(await distinctiveSlogans(repo, { genre: 'party_report' }, null, 20)).toEqual(distinctive(sides.subset, sides.reference, 20));
  });
});
