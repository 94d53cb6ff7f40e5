import { describe, expect, it } from 'vitest';
import { distinctive, fightinWords, rising } from './fightinWords.js';

const side = (counts: Record<string, number>, speeches: number) => ({ counts: new Map(Object.entries(counts)), speeches });

describe("Fightin' Words", () => {
  it('computes δ and z as in Monroe, Colaresi and Quinn (worked by hand, α₀ = 10)', () => {
    // n_i = 4, n_j = 6; α_a = 10·4/10 = 4: δ_a = log(7/7) − log(5/11), σ² = 1/7 + 1/5.
    const [a] = fightinWords(side({ a: 3, b: 1 }, 4), side({ a: 1, b: 5 }, 6), 10).filter((s) => s.name === 'a');
    expect(a!.delta).toBeCloseTo(-Math.log(5 / 11), 10);
    expect(a!.z).toBeCloseTo(-Math.log(5 / 11) / Math.sqrt(1 / 7 + 1 / 5), 10);
    expect(a).toMatchObject({ subsetCount: 3, referenceCount: 1, subsetShare: 0.75, referenceShare: 1 / 6 });
  });

  it('ranks the over-represented first and leaves out what the subset never uses', () => {
    const ranked = distinctive(side({ a: 30, b: 10 }, 40), side({ a: 10, b: 50, c: 40 }, 100), 10);
    expect(ranked.map((s) => s.name)).toEqual(['a', 'b']);
    expect(ranked[0]!.z).toBeGreaterThan(0);
    expect(ranked[1]!.z).toBeLessThan(0);
  });

  it('keeps a rising formulation only with the minimum support in the later period', () => {
    const before = side({ old: 50, steady: 20 }, 100);
    const after = side({ old: 10, steady: 20, fresh: 5, once: 1 }, 100);
    expect(rising(before, after, 3, 10).map((s) => s.name)).toEqual(['fresh', 'steady', 'old']);
    expect(rising(before, after, 1, 10).map((s) => s.name)).toContain('once');
  });
});
