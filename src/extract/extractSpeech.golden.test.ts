import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overall, parseGold, scoreSpeech, type SpeechScore } from './eval/scoreSpeech.js';
import { extractFile } from './extractFile.js';

// The shared, read-only annotations sit beside the checkout; their text is read at run time only.
const SHARED = new URL('../../../shared/', import.meta.url);
const goldFiles = readdirSync(new URL('gold/', SHARED)).filter((f) => f.endsWith('.json')).sort();

const scores: SpeechScore[] = goldFiles.map((f) => {
  const gold = parseGold(JSON.parse(readFileSync(new URL(`gold/${f}`, SHARED), 'utf8')), f);
  const bytes = readFileSync(new URL(`corpus/${gold.file}`, SHARED));
  const result = extractFile(bytes, gold.file, 20 * 1024 * 1024);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return scoreSpeech(gold, result.speech);
});

describe('extraction against the gold annotations', () => {
  it('has the three annotated speeches', () => {
    expect(scores.length).toBeGreaterThanOrEqual(3);
  });

  it.each(goldFiles.map((f, i) => [f, i] as const))('%s: title right, no not_slogans tagged', (_f, i) => {
    const s = scores[i]!;
    expect(s.title.found).toBe(s.title.gold);
    expect(s.venueRight).toBe(true);
    expect(s.notSloganHits).toEqual([]);
  });

  it('reaches the recall targets overall', () => {
    expect(overall(scores, (s) => s.slogans).ratio).toBeGreaterThanOrEqual(0.95);
    expect(overall(scores, (s) => s.meetings).ratio).toBeGreaterThanOrEqual(0.9);
    expect(overall(scores, (s) => s.sections).ratio).toBeGreaterThanOrEqual(0.95);
  });
});
