import { describe, expect, it } from 'vitest';
import { canonicalSloganName } from './sloganName.js';

describe('canonicalSloganName', () => {
  it.each([
    ['两个坚决维护', '两个维护'],
    [' 两个维护 ', '两个维护'],
    ['四个意识', '四个意识'],
    ['没有这个提法', '没有这个提法'],
  ])('%s → %s', (typed, name) => {
    expect(canonicalSloganName(typed)).toBe(name);
  });
});
