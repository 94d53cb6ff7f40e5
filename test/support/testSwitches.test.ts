import { describe, expect, it } from 'vitest';
import { testSwitches } from './testSwitches.js';

describe('testSwitches', () => {
  it('tries Docker by default', () => {
    expect(testSwitches({})).toEqual({ docker: true });
  });

  it('reads TIFA_DOCKER', () => {
    expect(testSwitches({ TIFA_DOCKER: 'off' })).toEqual({ docker: false });
  });

  it('names a switch it cannot read', () => {
    expect(() => testSwitches({ TIFA_DOCKER: 'maybe' })).toThrow(/TIFA_DOCKER must be true or false/);
  });
});
