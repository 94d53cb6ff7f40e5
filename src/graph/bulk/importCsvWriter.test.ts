import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractSpeech } from '../../extract/extractSpeech.js';
import { speechRows, type SpeechRows } from '../write/speechRows.js';
import { ImportCsvWriter } from './importCsvWriter.js';
import { speechImportLines } from './speechImportLines.js';

const TEXT = '在全县干部大会上的讲话\n\n一、坚持党的领导\n我们要增强“四个意识”，做到“两个维护”。\n二、推进改革\n深化“放管服”改革，增强“四个意识”。\n';
const rows = (text = TEXT, source = 'a.txt'): SpeechRows => speechRows(extractSpeech({ text, source }));
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function write(...speeches: SpeechRows[]) {
  dir = mkdtempSync(join(tmpdir(), 'tifa-csv-'));
  const writer = new ImportCsvWriter(dir);
  const errors: string[] = [];
  for (const s of speeches) {
    await Promise.resolve()
      .then(() => writer.addLines(speechImportLines(s, '2026-01-01T00:00:00.000Z')))
      .catch((e: Error) => errors.push(`${e.name}: ${e.message}`));
  }
  const result = await writer.finish();
  const file = (name: string) => readFileSync(join(dir, name), 'utf8').trimEnd().split('\n');
  return { result, errors, file };
}

describe('ImportCsvWriter', () => {
  it('writes a shared entity once, with the derived counts of every speech', async () => {
    const { result, file } = await write(rows(), rows(TEXT.replace('推进改革', '深化改革'), 'b.txt'));
    expect(result.speeches).toBe(2);
    const slogans = file('slogans.csv');
    expect(slogans[0]).toBe(':ID,name,kind,speechCount:long,sectionCount:long,sentenceCount:long,mentionCount:long');
    expect(slogans.filter((l) => l.startsWith('g:四个意识,'))).toEqual(['g:四个意识,四个意识,NUMBERED,2,4,4,4']);
    // 5 sentences each (title, two headings, two body sentences).
    expect(file('cooccurrence-state.csv')[1]).toBe('marker:SPEECH,SPEECH,true,1,2,4,10,true,true');
    // No variants: an empty field (no property), as ingest stores it; nothing to fix afterwards.
    const speechMentions = file('mentions.csv').filter((l) => l.startsWith('s:') && l.includes(',g:四个意识,'));
    expect(speechMentions).toHaveLength(2);
    for (const line of speechMentions) expect(line).toMatch(/,,,$/);
    expect(result.emptyLists).toEqual({ sentenceLists: 0, mentionPositions: 0 });
  });

  it("writes each speech's list sizes, so nothing counts them after the import", async () => {
    const r = rows();
    const { file } = await write(r);
    const sizes = ['sloganCount', 'meetingCount', 'personCount', 'documentCount', 'termCount'] as const;
    const lines = file('speeches.csv');
    const header = lines[0]!.split(',');
    const at = header.indexOf('sloganCount:long') - header.length;
    expect(header.slice(at, at + 5)).toEqual(sizes.map((k) => `${k}:long`));
    // The speech's text spans lines: its record's last line ends with the sizes and the given metadata's columns (none here).
    expect(lines.at(-1)!.split(',').slice(at, at + 5)).toEqual(sizes.map((k) => String(r.speech[k])));
    expect(lines.at(-1)!.split(',').slice(at + 5)).toEqual(['', '']);
    expect(Number(r.speech.sloganCount)).toBe(3);
  });

  it('quotes an empty string (a property) and leaves null empty (none)', async () => {
    const r = rows();
    r.sections[0]!.props.heading = '';
    r.sections[0]!.props.marker = null;
    const { file } = await write(r);
    const header = file('sections.csv')[0]!.split(',');
    const line = file('sections.csv')[1]!.split(',');
    expect(line[header.indexOf('heading')]).toBe('""');
    expect(line[header.indexOf('marker')]).toBe('');
  });

  it('refuses a whole speech whose value the files cannot hold, and writes the others', async () => {
    const bad = rows(TEXT, 'bad.txt');
    bad.slogans[0]!.name = '四个\n意识';
    const delimiter = rows(TEXT.replace('二、', '三、'), 'c.txt');
    delimiter.slogans[0]!.variants = ['两个\u001f维护'];
    const { result, errors, file } = await write(bad, delimiter, rows());
    expect(errors).toEqual(['ImportValueError: a value for mentions.csv holds a line break', expect.stringMatching(/^ImportValueError: a list value holds the control character U\+001F/)]);
    expect(result.speeches).toBe(1);
    expect(file('speeches.csv').filter((l) => l.startsWith('s:'))).toHaveLength(1);
    expect(file('sections.csv')).toHaveLength(3);
  });
});
