import { describe, expect, it } from 'vitest';
import type { Locator, Section } from '../types.js';
import { extractTerms } from './extractTerms.js';

const section = (id: string, start: number, end: number, level = 1, inline = false): Section => ({
  id, parentId: null, level, ordinal: 1, marker: '一、', heading: '', inline, start, end,
});

// Sentences are what the locator says; here each offset is its own sentence, outside any section.
const locate: Locator = (offset) => ({ sectionId: null, sentence: offset });

describe('extractTerms', () => {
  const part1 = '一、优化营商环境。营商环境是生产力，优化营商环境就是解放生产力。';
  const part2 = '二、建设都市圈。都市圈建设要统筹交通，都市圈交通要一体化。';
  const text = `标题\n${part1}\n${part2}`;
  const body = { start: 3, end: text.length };
  const s1 = section('s1', 3, 3 + part1.length);
  const s2 = section('s2', 4 + part1.length, text.length);
  const inline = section('s3', 5, 10, 2, true);

  it('ranks the speech and each top-level section by TF-IDF, with TextRank scores', () => {
    const { terms, sectionTerms } = extractTerms(text, body, [s1, inline, s2], [], locate);
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(['营商环境', '都市圈']));
    for (let i = 1; i < terms.length; i++) expect(terms[i - 1]!.weight).toBeGreaterThanOrEqual(terms[i]!.weight);
    expect(terms.find((t) => t.term === '都市圈')?.count).toBe(3);
    expect(Math.max(...terms.map((t) => t.textrank))).toBe(1);
    expect(sectionTerms.map((s) => s.sectionId)).toEqual(['s1', 's2']);
    expect(sectionTerms[0]?.terms[0]?.term).toBe('营商环境');
    expect(sectionTerms[1]?.terms.map((t) => t.term)).not.toContain('营商环境');
  });

  it('gives every term its mentions: count is their number, and each points at the word', () => {
    const { terms, sectionTerms } = extractTerms(text, body, [s1, inline, s2], [], locate);
    for (const t of [...terms, ...sectionTerms.flatMap((s) => s.terms)]) {
      expect(t.mentions).toHaveLength(t.count);
      for (const m of t.mentions) expect(text.slice(m.start, m.end)).toBe(t.term);
    }
    const inS2 = sectionTerms[1]!.terms.find((t) => t.term === '都市圈')!;
    expect(inS2.mentions.every((m) => m.start >= s2.start && m.end <= s2.end)).toBe(true);
  });

  it('keeps the spans it is given (the speech\'s own meetings) whole', () => {
    const t = '召开全县秋季植树造林现场推进会，全县秋季植树造林现场推进会要求抓落实。';
    const name = '全县秋季植树造林现场推进会';
    const spans = [0, 1].map((k) => ({ start: t.indexOf(name, k * 5), end: t.indexOf(name, k * 5) + name.length }));
    const { terms } = extractTerms(t, { start: 0, end: t.length }, [], spans, locate);
    expect(terms.find((x) => x.term === name)?.count).toBe(2);
  });

  it('returns no terms for an empty body', () => {
    expect(extractTerms('', { start: 0, end: 0 }, [], [], locate)).toEqual({ terms: [], sectionTerms: [] });
  });
});
