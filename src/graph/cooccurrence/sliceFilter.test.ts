import { describe, expect, it } from 'vitest';
import { sliceFilter } from './sliceFilter.js';

describe('sliceFilter', () => {
  it('answers whole years and one province from stored slices', () => {
    expect(sliceFilter({ dateFrom: '2021', dateTo: '2021' })).toEqual({ province: null, from: '2021', to: '2021' });
    expect(sliceFilter({ dateFrom: '2015' })).toEqual({ province: null, from: '2015', to: null });
    expect(sliceFilter({ place: '320000' })).toEqual({ province: '320000', from: null, to: null });
  });

  it('leaves every other filter to the speeches', () => {
    expect(sliceFilter(undefined)).toBeNull();
    expect(sliceFilter({})).toBeNull();
    expect(sliceFilter({ dateFrom: '2021-03' })).toBeNull();
    expect(sliceFilter({ dateTo: '2021-12-31' })).toBeNull();
    expect(sliceFilter({ place: '320100' })).toBeNull();
    expect(sliceFilter({ place: '320000', dateFrom: '2021' })).toBeNull();
    expect(sliceFilter({ level: 'city', dateFrom: '2021' })).toBeNull();
    expect(sliceFilter({ genre: 'speech', place: '320000' })).toBeNull();
  });
});
