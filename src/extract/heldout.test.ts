import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreGoldFolder } from '../app/scoreGoldFolder.js';
import { overall } from './eval/scoreSpeech.js';

// Invented speeches of the corpus genre (other levels, advertising, markers and slogans than the
// five corpus files), each with an annotation written from its text before the extractor ran on it.
const DIR = fileURLToPath(new URL('./fixtures/heldout/', import.meta.url));
const scores = await scoreGoldFolder(DIR, DIR, 20 * 1024 * 1024);
const names = scores.map((s) => s.file);

describe('extraction on held-out speeches', () => {
  it('has at least six fixtures', () => {
    expect(scores.length).toBeGreaterThanOrEqual(6);
  });

  it.each(names.map((n, i) => [n, i] as const))('%s: title, venue, level and date right; no not_slogans tagged', (_n, i) => {
    const s = scores[i]!;
    // Letter-spacing is not part of a title (the scorer compares without blanks; so does this).
    expect(s.title.found.replace(/\s/g, '')).toBe(s.title.gold.replace(/\s/g, ''));
    expect(s.titleRight).toBe(true);
    expect(s.venueRight).toBe(true);
    expect(s.levelRight).not.toBe(false);
    expect(s.dateRight).not.toBe(false);
    expect(s.notSloganHits).toEqual([]);
  });

  it('reaches the section and meeting targets overall', () => {
    const sections = overall(scores, (s) => s.sections);
    const meetings = overall(scores, (s) => s.meetings);
    expect(sections.missed).toEqual([]);
    expect(sections.ratio).toBeGreaterThanOrEqual(0.95);
    expect(meetings.ratio).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches the numbered-slogan target overall', () => {
    expect(overall(scores, (s) => s.slogans).ratio).toBeGreaterThanOrEqual(0.95);
  });
});
