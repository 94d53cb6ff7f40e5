import { describe, expect, it } from 'vitest';
import { provinceOf, speechSlices } from './slices.js';

describe('speechSlices', () => {
  it('puts a full date in its year and month, crossed with its level; pairs in year and province', () => {
    expect(speechSlices({ date: '2021-03-05', level: 'city', province: '320000' })).toEqual({
      all: ['year:2021', 'month:2021-03', 'province:320000', 'level:city', 'level:city|year:2021', 'level:city|month:2021-03'],
      pairs: ['year:2021', 'province:320000'],
    });
  });

  it('puts a year-only date in its year and in no month', () => {
    expect(speechSlices({ date: '2021', level: null, province: null })).toEqual({ all: ['year:2021'], pairs: ['year:2021'] });
  });

  it('puts an undated speech in its level and province only', () => {
    expect(speechSlices({ date: null, level: 'central', province: null })).toEqual({ all: ['level:central'], pairs: [] });
    expect(speechSlices({ date: 'unknown', level: null, province: '110000' })).toEqual({ all: ['province:110000'], pairs: ['province:110000'] });
  });
});

describe('provinceOf', () => {
  it('finds the provincial place of a chain, nearest first', () => {
    expect(provinceOf([{ code: '320102', level: 'county' }, { code: '320100', level: 'city' }, { code: '320000', level: 'provincial' }, { code: '100000', level: 'central' }])).toBe('320000');
    expect(provinceOf([{ code: '100000', level: 'central' }])).toBeNull();
  });
});
