import { describe, expect, it } from 'vitest';
import { textRank } from './textRank.js';

describe('textRank', () => {
  it('ranks the word that co-occurs with everything highest, scaled to 1', () => {
    // 0 = 改革 between every other word.
    const scores = textRank(Int32Array.from([0, 1, 0, 2, 0, 3, 0, 4]), 5);
    expect(scores[0]).toBe(1);
    for (const v of [1, 2, 3, 4]) expect(scores[v]!).toBeLessThan(1);
  });

  it('respects the window: words farther apart than the window are not linked', () => {
    const scores = textRank(Int32Array.from([0, 1, 2]), 3, 2);
    // 0 and 2 each have one neighbour; 1 has two.
    expect(scores[1]).toBe(1);
    expect(scores[0]).toBeCloseTo(scores[2]!);
  });

  it('gives 0 to words that do not occur and returns zeros for no tokens', () => {
    expect(textRank(Int32Array.from([0, 1]), 3)[2]).toBe(0);
    expect([...textRank(new Int32Array(0), 2)]).toEqual([0, 0]);
  });
});

describe('textRank with the default window written out', () => {
  // The plain form: every pair fewer than 5 apart adds to both ends, in reading order.
  function reference(ids: Int32Array, vocabSize: number): Float64Array {
    const out = new Float64Array(vocabSize);
    const present = new Uint8Array(vocabSize);
    const pairs: Array<[number, number]> = [];
    ids.forEach((a, i) => {
      present[a] = 1;
      for (let j = i + 1; j < Math.min(ids.length, i + 5); j++) if (ids[j] !== a) pairs.push([a, ids[j]!]);
    });
    for (const [a, b] of pairs) (out[a]!++, out[b]!++);
    let score = Float64Array.from(present);
    for (let it = 0; it < 10; it++) {
      const share = score.map((s, v) => (out[v]! > 0 ? s / out[v]! : 0));
      const next = new Float64Array(vocabSize);
      for (const [a, b] of pairs) {
        next[b]! += share[a]!;
        next[a]! += share[b]!;
      }
      score = next.map((x, v) => (present[v] ? 1 - 0.85 + 0.85 * x : 0));
    }
    const max = Math.max(0, ...score);
    return max > 0 ? score.map((s) => s / max) : score;
  }
  // A small deterministic generator, so the sequences are the same on every run.
  const sequence = (length: number, vocab: number, seed: number): Int32Array => {
    let x = seed;
    return Int32Array.from({ length }, () => ((x = (x * 1103515245 + 12345) % 2147483648), x % vocab));
  };
  it.each([
    [0, 3, 1],
    [3, 3, 2],
    [4, 2, 3],
    [5, 4, 4],
    [6, 2, 5],
    [40, 7, 6],
    [300, 50, 7],
  ])('gives the same floats as the plain form (%i tokens over %i words)', (length, vocab, seed) => {
    const ids = sequence(length, vocab, seed);
    expect([...textRank(ids, vocab)]).toEqual([...reference(ids, vocab)]);
  });
});
