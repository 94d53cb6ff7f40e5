import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { recommendedMemory } from './memorySizing.js';

const GIB = 1024 ** 3;

describe('recommendedMemory', () => {
  it.each([
    // RAM, heap, page cache: a quarter of RAM, one third heap and two thirds page cache, rounded down to 256m
    [24 * GIB, '2048m', '4096m'],
    [16 * GIB, '1280m', '2560m'],
    [32 * GIB, '2560m', '5376m'],
    // small machines keep the old fixed 1g / 256m
    [2 * GIB, '1024m', '256m'],
    [4 * GIB, '1024m', '512m'],
    [8 * GIB, '1024m', '1280m'],
    // a big server does not give a developer's instance more than 4g / 8g
    [256 * GIB, '4096m', '8192m'],
  ])('with %d bytes of RAM gives heap %s and page cache %s', (ram, heap, pageCache) => {
    expect(recommendedMemory(ram)).toEqual({ heap, pageCache });
  });
});

describe('the local instance memory in the configuration', () => {
  it('comes from the machine RAM when not set', () => {
    expect(loadConfig({}).local).toMatchObject(recommendedMemory(totalmem()));
  });

  it('is what TIFA_NEO4J_HEAP and TIFA_NEO4J_PAGECACHE say when set', () => {
    expect(loadConfig({ TIFA_NEO4J_HEAP: '768m', TIFA_NEO4J_PAGECACHE: '3G' }).local).toMatchObject({ heap: '768m', pageCache: '3g' });
  });
});
