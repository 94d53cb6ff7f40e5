import { givenSha256 } from '../metadata/givenMetadata.js';
import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../../extract/extractSpeech.js';
import { speechRows } from '../../graph/write/speechRows.js';
import { speechParams } from '../../graph/write/speechParams.js';
import { speechIdOf } from '../../graph/write/speechRows.js';
import { ingestWriteOutcome, storedUnder } from './ingestWriteOutcome.js';

const speech = extractSpeech({ text: '在全县干部大会上的讲话\n一、提高站位\n要增强“四个意识”，做到“两个维护”。\n', source: 'a.txt' });

describe('ingestWriteOutcome', () => {
  it('passes a failed extraction on', () => {
    expect(ingestWriteOutcome({ ok: false, reason: 'a.txt: not UTF-8' })).toEqual({ ok: false, reason: 'a.txt: not UTF-8' });
  });

  it('shapes a speech into what the writer sends, with its sha256, UTF-8 size and rows', () => {
    const rows = speechRows(speech);
    expect(ingestWriteOutcome({ ok: true, speech })).toEqual({
      ok: true,
      write: speechParams(rows),
      sha256: speech.sha256,
      bytes: Buffer.byteLength(speech.text, 'utf8'),
      rows: rows.mentionCount + rows.sections.length + 1,
    });
    expect(rows.mentionCount).toBeGreaterThan(0);
  });

  it('passes an outcome shaped already (on a worker) on as it is', () => {
    const shaped = ingestWriteOutcome({ ok: true, speech });
    expect(ingestWriteOutcome(shaped)).toBe(shaped);
  });

  it('passes a speech found stored on as it is', () => {
    const stored = { ok: true as const, stored: { id: speechIdOf(speech.sha256), sha256: speech.sha256, bytes: 3 } };
    expect(ingestWriteOutcome(stored)).toBe(stored);
  });
});

describe('storedUnder', () => {
  const id = speechIdOf(speech.sha256);

  it('recognises the text of the speech stored under the file: its id, sha256 and UTF-8 size, the same as extraction gives', () => {
    expect(storedUnder({ id, givenSha256: null })?.(speech.text, null)).toEqual({ ok: true, stored: { id, sha256: speech.sha256, bytes: Buffer.byteLength(speech.text, 'utf8') } });
  });

  it('leaves any other text to the extractor (a changed file)', () => {
    expect(storedUnder({ id, givenSha256: null })?.(`${speech.text}又及。\n`, null)).toBeUndefined();
  });

  it('recognises it given the same metadata (or none), and leaves other metadata to the extractor', () => {
    const given = { date: '1954' };
    const stored = storedUnder({ id, givenSha256: givenSha256(given) });
    expect(stored?.(speech.text, given)).toMatchObject({ ok: true, stored: { id } });
    expect(stored?.(speech.text, null)).toMatchObject({ ok: true, stored: { id } });
    expect(stored?.(speech.text, { date: '1954-09' })).toBeUndefined();
    expect(storedUnder({ id, givenSha256: null })?.(speech.text, given)).toBeUndefined();
  });

  it('is no check at all when nothing is stored under the file', () => {
    expect(storedUnder(undefined)).toBeUndefined();
  });
});
