import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../extract/extractSpeech.js';
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

  it('accepts only objects with the extractor fields', () => {
    expect(speechLineProblem([1])).toBe('not a JSON object');
    expect(speechLineProblem({ ...speech, slogans: null })).toBe('field "slogans" is missing or not a list');
    expect(speechLineProblem(JSON.parse(speechJsonLine(speech)))).toBeNull();
  });
});
