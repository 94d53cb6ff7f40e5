import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { compareBytes, compileIdf, idfFromDictionary, idfIndex, idfIndexSource, idfSourceStamp } from './idfIndex.js';

describe('idfIndex', () => {
  const dictionary = '劳动防护 13.9\n生化学 12.5\n奥萨贝尔 11\n经济 3.5\n坏行\n无值 abc\n经济 4.25\n';
  const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');
  const table = idfIndex(compileIdf(bytes(dictionary)));

  it('finds every word of the dictionary with its value; a later line for a word wins, as in a Map', () => {
    expect([table.get('劳动防护'), table.get('生化学'), table.get('奥萨贝尔'), table.get('经济')]).toEqual([13.9, 12.5, 11, 4.25]);
  });

  it('knows nothing else: absent words, prefixes and extensions of words, lines without a value', () => {
    for (const word of ['劳动', '劳动防护用品', '坏行', '无值', '', 'A']) expect(table.get(word)).toBeUndefined();
  });

  it('has the median of the values for words it does not know', () => {
    // values 4.25, 11, 12.5, 13.9 → the upper middle one
    expect(table.median).toBe(12.5);
  });

  it('names the dictionary it came from, so a stale index is told apart', () => {
    const compiled = compileIdf(bytes(dictionary));
    expect(idfIndexSource(compiled)).toBe(idfSourceStamp(bytes(dictionary)));
    expect(idfIndexSource(compiled)).not.toBe(idfSourceStamp(bytes(`${dictionary}新词 1\n`)));
    expect(idfIndexSource(bytes('劳动防护 13.9\n'))).toBeNull();
    expect(() => idfIndex(bytes('劳动防护 13.9\n'))).toThrow(/not a compiled IDF index/);
  });

  it('answers like a Map of the dictionary for many words (binary search over sorted lines)', () => {
    const words = Array.from({ length: 500 }, (_, i) => `词${String.fromCharCode(0x4e00 + ((i * 7919) % 20000))}${i}`);
    const big = words.map((w, i) => `${w} ${i + 0.5}`).join('\n');
    const index = idfIndex(compileIdf(bytes(big)));
    words.forEach((w, i) => expect(index.get(w)).toBe(i + 0.5));
    expect(index.get('词')).toBeUndefined();
  });

  it('reads an index that does not start on a 4-byte boundary of its memory', () => {
    const compiled = compileIdf(bytes(dictionary));
    const shifted = new Uint8Array(compiled.length + 1).subarray(1);
    shifted.set(compiled);
    expect(idfIndex(shifted).get('生化学')).toBe(12.5);
  });

  it('keeps words outside the Basic Multilingual Plane in byte order', () => {
    const index = idfIndex(compileIdf(bytes('𠀀字 1\n\uff21 2\n中 3\n')));
    expect([index.get('𠀀字'), index.get('\uff21'), index.get('中')]).toEqual([1, 2, 3]);
  });

  it('compiles an empty dictionary to an index that knows no word', () => {
    const empty = idfIndex(compileIdf(bytes('')));
    expect(empty.get('经济')).toBeUndefined();
    expect(empty.median).toBeGreaterThan(0);
  });
});

describe('compareBytes', () => {
  const b = (text: string): Buffer => Buffer.from(text, 'latin1');
  it.each([
    ['xabcx', 1, 4, 'abc', 0],
    ['xabcx', 1, 4, 'abd', -1],
    ['xabdx', 1, 4, 'abc', 1],
    ['xabx', 1, 3, 'abc', -1], // a prefix comes first
    ['xabcx', 1, 4, 'ab', 1],
    ['x', 1, 1, '', 0],
    ['x', 1, 1, 'a', -1],
  ] as const)('%j[%i, %i) against %j has the sign %i, as Buffer.compare', (a, from, to, other, sign) => {
    expect(Math.sign(compareBytes(b(a), from, to, b(other)))).toBe(sign);
    expect(Buffer.compare(b(a).subarray(from, to), b(other))).toBe(sign);
  });
});

describe('idfIndex of jieba\'s own IDF dictionary', () => {
  // Half a million lookups: seconds alone, much longer on a machine busy with other work.
  it('gives the same value as the dictionary read into a Map, for every word and for unknown ones', { timeout: 180_000 }, () => {
    const dictionary = readFileSync((nodejieba as unknown as { DEFAULT_IDF_DICT: string }).DEFAULT_IDF_DICT);
    const content = dictionary.toString('utf8');
    const plain = idfFromDictionary(content);
    const index = idfIndex(compileIdf(dictionary));
    expect(index.median).toBe(plain.median);
    const words = content.split('\n').map((line) => line.slice(0, line.lastIndexOf(' '))).filter((w) => w !== '');
    expect(words.length).toBeGreaterThan(250_000);
    let differences = 0;
    // Twice: the second pass reads answers remembered and answers searched again after the memory filled up.
    for (let pass = 0; pass < 2; pass++) for (const word of words) if (index.get(word) !== plain.get(word)) differences++;
    for (const word of ['不是一个词', '经济经济', 'zzz']) if (index.get(word) !== plain.get(word)) differences++;
    expect(differences).toBe(0);
  });
});
