import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../../extract/extractSpeech.js';
import { readSpeechJsonl, speechJsonLine, speechLineProblem } from './speechJsonl.js';

const speech = extractSpeech({ text: '在全市作风建设大会上的讲话\n一、提高站位\n要增强“四个意识”，做到“两个维护”。\n', source: 'a.txt' });

describe('speech JSONL', () => {
  it('round-trips an extracted speech, one line each', async () => {
    const line = speechJsonLine(speech);
    expect(line).not.toContain('\n');
    const dir = mkdtempSync(join(tmpdir(), 'tifa-jsonl-'));
    const file = join(dir, 'speeches.jsonl');
    writeFileSync(file, `${line}\n\n${line}\n`);
    const got = [];
    for await (const x of readSpeechJsonl([file])) got.push(x);
    expect(got).toEqual([
      { file: `${file}:1`, outcome: { ok: true, speech } },
      { file: `${file}:3`, outcome: { ok: true, speech } },
    ]);
  });

  it('names the file and line of a bad line and the reason, and reads on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-jsonl-'));
    const file = join(dir, 'bad.jsonl');
    const edited = { ...speech, text: `${speech.text}改` };
    writeFileSync(file, ['{"source": ', speechJsonLine(edited), JSON.stringify({ source: 'x' }), speechJsonLine(speech)].join('\n'));
    const got = [];
    for await (const x of readSpeechJsonl([file])) got.push(x);
    expect(got.map((x) => [x.file, x.outcome.ok ? 'ok' : x.outcome.reason])).toEqual([
      [`${file}:1`, expect.stringMatching(/^invalid JSON/)],
      [`${file}:2`, 'sha256 does not match the text'],
      [`${file}:3`, 'field "sha256" is missing or not a string'],
      [`${file}:4`, 'ok'],
    ]);
  });

  it.each([
    ['an offset beyond the text', { slogans: [{ ...speech.slogans[0]!, mentions: [{ ...speech.slogans[0]!.mentions[0]!, start: 1e9, end: 1e9 + 4 }] }] }, /^slogans\.0\.mentions\.0(\.start)?: /],
    ['a negative offset', { sentences: [{ start: -5, end: 3 }, ...speech.sentences.slice(1)] }, /^sentences\.0\.start: /],
    ['an empty slogan name', { slogans: [{ ...speech.slogans[0]!, name: '' }] }, /^slogans\.0\.name: must not be empty/],
    ['a level that is none', { level: 'galactic' }, /^level: /],
    ['a genre that is none', { genre: 'poem' }, /^genre: /],
    ['a mention of a sentence that is not there', { slogans: [{ ...speech.slogans[0]!, mentions: [{ ...speech.slogans[0]!.mentions[0]!, sentence: 99 }] }] }, /sentence: names sentence 99/],
    ['a malformed place code', { place: { code: '11', name: '北京市', level: 'provincial', within: [] } }, /^place\.code: /],
  ])('refuses %s whatever its sha256, naming the field', (_name, change, problem) => {
    expect(speech.slogans.length).toBeGreaterThan(0);
    expect(speechLineProblem({ ...JSON.parse(speechJsonLine(speech)), ...change })).toMatch(problem);
  });

  it('refuses a text over the size limit', () => {
    expect(speechLineProblem(JSON.parse(speechJsonLine(speech)), 10)).toMatch(/^text: is longer than 10 bytes/);
  });

  it('accepts only objects with the extractor fields', () => {
    expect(speechLineProblem([1])).toBe('not a JSON object');
    expect(speechLineProblem({ ...speech, slogans: null })).toBe('field "slogans" is missing or not a list');
    expect(speechLineProblem(JSON.parse(speechJsonLine(speech)))).toBeNull();
  });
});
