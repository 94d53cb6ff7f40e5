import { describe, expect, it } from 'vitest';
import { beforePrc, COUNTRY_PLACE, speakingPlace } from './countryPlace.js';
import { ancestorsOf, findPlaceMentions, placeByCode, placesNamed } from './gazetteer.js';

describe('the country as the root place', () => {
  it('is in the gazetteer by code and by name, level central, above every province', () => {
    expect(placeByCode('100000')).toMatchObject({ name: '中华人民共和国', level: 'central', parentCode: null });
    expect(placesNamed('中华人民共和国').map((p) => p.code)).toEqual(['100000']);
    expect(placeByCode('320000')?.parentCode).toBe('100000');
    expect(ancestorsOf('320583').map((p) => p.name)).toEqual(['苏州市', '江苏省', '中华人民共和国']);
    expect(ancestorsOf('100000')).toEqual([]);
  });

  it('is not looked for in texts (it opens the names of laws)', () => {
    expect(findPlaceMentions('中华人民共和国宪法')).toEqual([]);
  });

  it.each([
    ['1921', true],
    ['1949-09', true],
    ['1949-09-30', true],
    ['1949', false],
    ['1949-10', false],
    ['1949-10-01', false],
    ['1954-09-23', false],
  ])('%s before the People’s Republic: %s', (date, before) => {
    expect(beforePrc(date)).toBe(before);
  });

  it('gives central texts the country, but none to bodies older than it', () => {
    expect(speakingPlace(null, 'central', '1954')?.code).toBe('100000');
    expect(speakingPlace(null, 'central', null)?.code).toBe('100000');
    expect(speakingPlace(null, 'central', '1921')).toBeNull();
    expect(speakingPlace(COUNTRY_PLACE, 'central', '1923')).toBeNull();
    expect(speakingPlace(null, 'provincial', '2026-01-27')).toBeNull();
    const jiangsu = { code: '320000', name: '江苏省', level: 'provincial' as const, within: [COUNTRY_PLACE] };
    expect(speakingPlace(jiangsu, 'provincial', '2026-01-27')).toBe(jiangsu);
  });
});
