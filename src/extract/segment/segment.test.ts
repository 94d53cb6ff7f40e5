import { describe, expect, it } from 'vitest';
import { checkUserDictionary, cut, cutKeeping, idfTable, jiebaClause, keptBoundaries, personNameSpans, personNameSpansAround } from './segment.js';

describe('cut', () => {
  it.each([
    ['全体党员要增强四个意识。', '四个意识'],
    ['深化放管服改革。', '放管服'],
    ['学习贯彻十九届五中全会精神。', '十九届五中全会'],
    ['展望2035年远景目标。', '2035'],
    ['扎实做好六稳工作。', '六稳'],
  ])('%s keeps %s as one token', (text, word) => {
    expect(cut(text)).toContain(word);
  });

  it('returns words that join back to the input, spaces and line breaks included', () => {
    const text = '第一行 文字\n第二行：到2035年，基本实现现代化。';
    expect(cut(text).join('')).toBe(text);
  });

});

describe('cutKeeping', () => {
  const words = (text: string, spans: { start: number; end: number }[]) => cutKeeping(text, spans).map((t) => t.word);

  it('keeps a span whole and leaves the rest as cut', () => {
    const text = '召开全区营商环境攻坚推进会议。';
    expect(words(text, [])).not.toContain('全区营商环境攻坚推进会议');
    expect(words(text, [{ start: 2, end: 14 }])).toEqual(['召开', '全区营商环境攻坚推进会议', '。']);
  });

  it('splits a word that crosses a span edge, and every token starts where its word is', () => {
    const text = '深化放管服改革。';
    const tokens = cutKeeping(text, [{ start: 3, end: 5 }]);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(tokens.map((t) => t.word)).toContain('管服');
    for (const t of tokens) expect(text.slice(t.start, t.start + t.word.length)).toBe(t.word);
  });

  it('keeps the earlier of two overlapping spans', () => {
    const got = words('甲乙丙丁戊', [{ start: 2, end: 5 }, { start: 0, end: 3 }]);
    expect(got[0]).toBe('甲乙丙');
    expect(got.join('')).toBe('甲乙丙丁戊');
    expect(got).not.toContain('丙丁戊');
  });

  it('never changes the dictionary: a span in one call does not keep the words whole in the next', () => {
    const text = '召开全区营商环境攻坚推进会议。';
    cutKeeping(text, [{ start: 2, end: 14 }]);
    expect(cut(text)).not.toContain('全区营商环境攻坚推进会议');
  });
});

describe('keptBoundaries', () => {
  it.each([
    ['召开全区营商环境攻坚推进会议。', [{ start: 2, end: 14 }]],
    ['深化放管服改革。', [{ start: 3, end: 5 }]],
    ['甲乙丙丁戊', [{ start: 2, end: 5 }, { start: 0, end: 3 }]],
    ['', []],
  ])('flags exactly where the words of cutKeeping start, and the end (%s)', (text, spans) => {
    const flagged = [...keptBoundaries(text, spans)].flatMap((b, i) => (b === 1 ? [i] : []));
    expect(flagged).toEqual([...new Set([0, ...cutKeeping(text, spans).map((t) => t.start), text.length])]);
  });
});

describe('personNameSpans', () => {
  it('gives the offsets of words the tagger takes for person names', () => {
    const text = '  著名学者梁启超、冯友兰。';
    expect(personNameSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['梁启超', '冯友兰']);
  });
});

describe('jiebaClause', () => {
  it.each([
    ['甲乙、丙丁', 2, 3, '甲乙、丙丁'],
    ['前面，甲乙、丙丁。后面', 5, 6, '甲乙、丙丁'],
    ['一行\n甲乙 丙丁\t后', 3, 5, '甲乙'],
    ['\u3000\u3000甲乙、丙丁', 4, 5, '\u3000\u3000甲乙、丙丁'], // a full-width space separates nothing for jieba
    ['甲，乙。丙', 0, 5, '甲，乙。丙'],
    ['甲，，乙', 2, 2, ''],
  ] as const)('%j around [%i, %i) is %j', (text, from, to, clause) => {
    const r = jiebaClause(text, from, to);
    expect(text.slice(r.start, r.end)).toBe(clause);
  });
});

describe('personNameSpansAround', () => {
  it('gives the spans of the clause at their offsets in the text', () => {
    const text = '他说，著名学者梁启超、冯友兰。还有鲁迅';
    expect(personNameSpansAround(text, 7, 10).map((s) => text.slice(s.start, s.end))).toEqual(['梁启超', '冯友兰']);
  });
});

describe('idfTable', () => {
  it('knows common words and has a median for unknown ones', () => {
    const table = idfTable();
    expect(table.get('经济')).toBeGreaterThan(0);
    expect(table.get('不是一个词的字符串')).toBeUndefined();
    expect(table.median).toBeGreaterThan(0);
  });
});

describe('checkUserDictionary', () => {
  it('accepts "word frequency tag" lines', () => {
    expect(() => checkUserDictionary('d.txt', '四个意识 50000 n\n放管服 100 nz\n')).not.toThrow();
  });
  it.each([
    ['四个意识\n', 1],
    ['放管服 100 nz\n# comment line\n', 2],
    ['放管服 many n\n', 1],
    ['\n放管服 100 n\n', 1],
  ])('rejects %j at line %i, naming the file', (content, line) => {
    expect(() => checkUserDictionary('d.txt', content)).toThrow(`d.txt:${line}:`);
  });
});
