import { describe, expect, it } from 'vitest';
import { CypherParamError, parseCypherValue, parseParamAssignment } from './parseCypherValue.js';

describe('parseCypherValue', () => {
  it.each([
    ['5', 5n],
    ['-12', -12n],
    ['2.5', 2.5],
    ['3.0', 3],
    ['1e3', 1000],
    ['true', true],
    ['false', false],
    ['null', null],
    ["'两个维护'", '两个维护'],
    ['"四个意识"', '四个意识'],
    ["'it\\'s'", "it's"],
    ['政治意识', '政治意识'],
    ['[1, 2.5, "a"]', [1n, 2.5, 'a']],
    ['{"n": 3, "xs": [4]}', { n: 3n, xs: [4n] }],
  ])('%s', (raw, expected) => {
    expect(parseCypherValue(raw)).toEqual(expected);
  });

  it('keeps whole numbers as integers, never as 3.0', () => {
    expect(typeof parseCypherValue('3')).toBe('bigint');
    expect(typeof parseCypherValue('3.0')).toBe('number');
  });

  it('names the value when JSON is broken', () => {
    expect(() => parseCypherValue('[1, 2')).toThrow(CypherParamError);
    expect(() => parseCypherValue('[1, 2')).toThrow(/\[1, 2/);
  });
});

describe('parseParamAssignment', () => {
  it('splits at the first = and types the value', () => {
    expect(parseParamAssignment('limit=5')).toEqual(['limit', 5n]);
    expect(parseParamAssignment('$q=a=b')).toEqual(['q', 'a=b']);
  });

  it.each(['limit', '=5', '1x=2', 'a b=1'])('rejects %s with the expected shape', (arg) => {
    expect(() => parseParamAssignment(arg)).toThrow(/must look like name=value/);
  });
});
