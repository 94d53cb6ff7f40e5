import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetFields } from './fieldMapping.js';
import { readDataset } from './readDataset.js';

let dir = '';
const put = async (name: string, content: string): Promise<string> => {
  await writeFile(join(dir, name), content);
  return join(dir, name);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tifa-dataset-'));
  await put('a.txt', '各位代表：\n现在，我代表国务院作政府工作报告。\n');
  await put('b.txt', '同志们：\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('datasets', () => {
  it('reads a catalogue whose column names files beside it, with its dates at their precision', async () => {
    const csv = await put('catalogue.csv', '\uFEFFfile,date,genre,level,place\r\na.txt,1954,work_report,central,中华人民共和国\r\nb.txt,1921-07,party_report,central,\r\n');
    const rows = await readDataset(csv, { textFileField: 'file' });
    expect(rows.map((r) => ({ where: r.where, file: r.file, given: r.given }))).toEqual([
      { where: `${csv}:2`, file: join(dir, 'a.txt'), given: { date: '1954', genre: 'work_report', level: 'central', place: { code: '100000', name: '中华人民共和国', level: 'central', within: [] } } },
      { where: `${csv}:3`, file: join(dir, 'b.txt'), given: { date: '1921-07', genre: 'party_report', level: 'central' } },
    ]);
    expect(rows[0]!.source).toBe(join(dir, 'a.txt'));
  });

  it('reads texts from a JSONL column and maps other columns with --field', async () => {
    const jsonl = await put('reports.jsonl', '{"year": 1954, "content": "各位代表：", "who": "周恩来", "office": "总理"}\n\n{"year": "1955", "content": "各位代表！"}\n');
    const rows = await readDataset(jsonl, { textField: 'content', fields: ['date=year', 'speaker.name=who', 'speaker.role=office'] });
    expect(rows.map((r) => [r.where, r.source, r.text, r.given])).toEqual([
      [`${jsonl}:1`, `${jsonl}:1`, '各位代表：', { date: '1954', speaker: { name: '周恩来', role: '总理' } }],
      [`${jsonl}:3`, `${jsonl}:3`, '各位代表！', { date: '1955' }],
    ]);
  });

  it('keeps quoted commas and line breaks inside a CSV field', async () => {
    const csv = await put('inline.csv', 'text,title\n"第一段，\n第二段",甲\n');
    expect((await readDataset(csv, { textField: 'text' }))[0]).toMatchObject({ text: '第一段，\n第二段', given: { title: '甲' } });
  });

  it.each([
    ['missing.csv', 'file,date\na.txt,1954\nnone.txt,1955\n', { textFileField: 'file' }, /missing\.csv:3: text file "none\.txt" does not exist/],
    ['badDate.csv', 'file,date\na.txt,1954-02-30\n', { textFileField: 'file' }, /badDate\.csv:2: date "1954-02-30" has no day 30/],
    ['unclosed.csv', 'file,date\na.txt,1954\n"b.txt,1955\n', { textFileField: 'file' }, /unclosed\.csv:3: malformed CSV \(Quote Not Closed/],
    ['ragged.csv', 'file,date\na.txt,1954,extra\n', { textFileField: 'file' }, /ragged\.csv:2: malformed CSV \(Invalid Record Length/],
    ['unknownColumn.csv', 'file,date\na.txt,1954\n', { textFileField: 'file', fields: ['title=headline'] }, /unknownColumn\.csv: --field title names the column "headline", which the dataset does not have/],
    ['unknownKey.csv', 'file,date\na.txt,1954\n', { textFileField: 'file', fields: ['author=date'] }, /unknown key "author"/],
    ['noText.csv', 'file,date\na.txt,1954\n', { textField: 'body' }, /noText\.csv: --text-field names the column "body"/],
    ['emptyText.csv', 'text,date\n"",1954\n', { textField: 'text' }, /emptyText\.csv:2: no text in column "text"/],
    ['both.csv', 'file,date\na.txt,1954\n', { textField: 'file', textFileField: 'file' }, /give exactly one of --text-field and --text-file-field/],
    ['bad.jsonl', '{"text": "甲"}\n{"text": \n', { textField: 'text' }, /bad\.jsonl:2: invalid JSON/],
  ])('%s is refused before anything is loaded', async (name, content, opts, message) => {
    await expect(readDataset(await put(name, content), opts)).rejects.toThrow(message);
  });

  it('maps speaker columns by name, and a whole speaker column replaces them', () => {
    expect(datasetFields('d.csv', ['text', 'speaker_name', 'speaker_role', 'note'], { textField: 'text' }).metadata).toEqual({ 'speaker.name': 'speaker_name', 'speaker.role': 'speaker_role' });
    expect(datasetFields('d.csv', ['text', 'speaker_name', 'who'], { textField: 'text', fields: ['speaker=who'] }).metadata).toEqual({ speaker: 'who' });
  });
});
