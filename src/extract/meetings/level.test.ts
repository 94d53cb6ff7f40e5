import { describe, expect, it } from 'vitest';
import { dominantScope } from './level.js';

describe('dominantScope', () => {
  it.each([
    [['全市上下', '全市人民', '全市各级'], 'city'],
    [['全区干部', '全区上下', '全县', '全区'], 'county'],
    // 全党 and 全国 both address the centre's audience.
    [['全党同志', '全国人民', '全党全国'], 'central'],
    [['全镇干部', '全乡', '全镇'], 'township'],
    [['全省', '全市', '全省', '全市'], null],
    [['全市', '全市'], null],
  ] as const)('%j → %s', (texts, level) => {
    expect(dominantScope([...texts])).toBe(level);
  });
});
