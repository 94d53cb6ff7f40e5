import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreGoldFolder } from '../app/scoreGoldFolder.js';
import { overall } from './eval/scoreSpeech.js';

// The shared, read-only annotations sit beside the checkout; their text is read at run time only.
const SHARED = new URL('../../../shared/', import.meta.url);
const scores = await scoreGoldFolder(fileURLToPath(new URL('gold/', SHARED)), fileURLToPath(new URL('corpus/', SHARED)), 20 * 1024 * 1024);
const goldFiles = scores.map((s) => s.file);

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
