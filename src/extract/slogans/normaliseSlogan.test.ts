import { describe, expect, it } from 'vitest';
import { hasSeparator, normaliseSlogan, sloganKey, splitParts } from './normaliseSlogan.js';

describe('normaliseSlogan', () => {
  it.each([
    ['担当实干，马上就办', '担当实干、马上就办'],
    ['担当实干, 马上就办', '担当实干、马上就办'],
    [' 四个意识 ', '四个意识'],
    ['怕、慢、假、庸、散', '怕、慢、假、庸、散'],
  ])('%s → %s', (written, canonical) => {
    expect(normaliseSlogan(written)).toBe(canonical);
  });

  it('keys ignore separators', () => {
    expect(sloganKey('两不愁、三保障')).toBe('两不愁三保障');
    expect(hasSeparator('两不愁、三保障')).toBe(true);
    expect(hasSeparator('两不愁三保障')).toBe(false);
  });

  it('splits parts with their offsets', () => {
    expect(splitParts('六大突破、三大提升')).toEqual([
      { part: '六大突破', offset: 0 },
      { part: '三大提升', offset: 5 },
    ]);
  });
});
