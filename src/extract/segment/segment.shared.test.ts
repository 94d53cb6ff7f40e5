import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jiebaClause, personNameSpans, personNameSpansAround } from './segment.js';

describe('personNameSpansAround on ../shared', () => {
  // Tagging a clause alone must answer like tagging the whole text there: checked on every
  // clause with a list (、) of the shared speeches and reports, read at run time.
  it('equals personNameSpans of the whole text inside the clause, on the shared texts', () => {
    const texts = ['corpus/', 'real/reports-2026/'].flatMap((dir) => {
      const url = new URL(`../../../../shared/${dir}`, import.meta.url);
      return readdirSync(url).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, url), 'utf8'));
    });
    expect(texts.length).toBeGreaterThan(20);
    let clauses = 0;
    for (const text of texts) {
      const whole = personNameSpans(text);
      for (const m of text.matchAll(/、/g)) {
        const c = jiebaClause(text, m.index, m.index + 1);
        const inside = whole.filter((s) => s.start >= c.start && s.end <= c.end);
        expect(personNameSpansAround(text, m.index, m.index + 1)).toEqual(inside);
        clauses++;
      }
    }
    expect(clauses).toBeGreaterThan(1000);
  });
});
