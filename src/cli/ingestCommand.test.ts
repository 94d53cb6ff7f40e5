import { afterEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/support/runCli.js';
import { datasetUsage } from './ingestCommand.js';

afterEach(() => {
  process.exitCode = undefined;
});

describe('tifa ingest --help', () => {
  // One writer is the default: measured faster than two with Neo4j on the same 2 cores (src/cli/ingestCommand.ts).
  it('names one write transaction at a time as the default', async () => {
    const r = await run('ingest', '--help');
    expect(r.code).toBe(0);
    expect(r.out.replace(/\s+/g, ' ')).toMatch(/--concurrency <n> write transactions at the same time \(several speeches each\) \(default: "1"\)/);
  });
});

describe('tifa ingest: datasets', () => {
  const isDataset = (p: string) => /\.(csv|jsonl)$/.test(p);
  const none = { field: [] as string[] };
  it.each([
    [['a.csv'], { ...none, textFileField: 'file' }, null],
    [['a.jsonl', 'b.csv'], { ...none, textField: 'text', field: ['date=year'] }, null],
    [['speeches/'], none, null],
    [['out.jsonl'], { ...none, fromJsonl: true }, null],
    [['a.csv'], none, 'a.csv is a dataset: name its text column with --text-field F (or a column naming text files with --text-file-field F)'],
    [['a.csv', 'notes.txt'], { ...none, textField: 'text' }, 'notes.txt: --text-field and --text-file-field read datasets (.csv, .jsonl) only'],
    [['speeches/'], { field: ['date=year'] }, '--field maps the columns of a dataset: give --text-field or --text-file-field too'],
    [['a.jsonl'], { ...none, textField: 'text', fromJsonl: true }, '--from-jsonl reads extracted speeches; --text-field and --text-file-field read datasets: give one or the other'],
  ])('%j with %j: %s', (paths, opts, message) => {
    expect(datasetUsage(paths, opts, isDataset)).toBe(message);
  });

  it('refuses a CSV given as a speech file, in one line', async () => {
    const r = await run('ingest', 'catalogue.csv');
    expect(r.code).toBe(1);
    expect(r.err).toContain('catalogue.csv is a dataset: name its text column with --text-field F');
  });
});
