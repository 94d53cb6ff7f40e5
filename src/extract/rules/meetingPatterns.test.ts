import { describe, expect, it } from 'vitest';
import { NUMBERED_MEETING, NUMBERED_MEETING_CORE, PARTY_CONGRESS, PARTY_CONGRESS_CORE, PARTY_CONGRESS_FULL } from './meetingPatterns.js';

// The cores decide whether the long patterns run at all: wherever a long pattern matches, its core
// must be found too, and lines without the core (这次, 重大) are skipped.
describe('NUMBERED_MEETING_CORE', () => {
  it.each([
    ['十九届五中全会', true],
    ['省委十一届七次全会', true],
    ['×届×次市委常委（扩大）会议', true],
    ['第十九届中央委员会第五次全体会议', true],
    ['十三届全国人大3次会议', true],
    ['这次会议很重要', false],
    ['其次，要抓落实', false],
  ])('%s: core found %s, and so is every match', (text, core) => {
    expect(NUMBERED_MEETING_CORE.test(text)).toBe(core);
    expect([...text.matchAll(NUMBERED_MEETING)].length > 0).toBe(core);
  });
});

describe('PARTY_CONGRESS_CORE', () => {
  it.each([
    ['党的十九大精神', true],
    ['二十大报告', true],
    ['党的七大以来', true],
    ['中国共产党第二十次全国代表大会', true],
    ['取得重大成就', false],
    ['大力推进', false],
  ])('%s: core found %s, and so is every match', (text, core) => {
    expect(PARTY_CONGRESS_CORE.test(text)).toBe(core);
    expect([...text.matchAll(PARTY_CONGRESS), ...text.matchAll(PARTY_CONGRESS_FULL)].length > 0).toBe(core);
  });
});
