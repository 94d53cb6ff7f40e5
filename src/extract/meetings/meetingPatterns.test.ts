import { describe, expect, it } from 'vitest';
import { NUMBERED_MEETING, NUMBERED_MEETING_CORE, PARTY_CONGRESS, PARTY_CONGRESS_CORE, PARTY_CONGRESS_FULL } from './meetingPatterns.js';

// The cores decide whether the long patterns run at all: wherever a long pattern matches, its core
// must be found too, and lines without the core (这次, 重大) are skipped.
const numbered = { core: NUMBERED_MEETING_CORE, long: [NUMBERED_MEETING] };
const congress = { core: PARTY_CONGRESS_CORE, long: [PARTY_CONGRESS, PARTY_CONGRESS_FULL] };

describe('the cores of the meeting patterns', () => {
  it.each([
    ['十九届五中全会', numbered, true],
    ['省委十一届七次全会', numbered, true],
    ['×届×次市委常委（扩大）会议', numbered, true],
    ['第十九届中央委员会第五次全体会议', numbered, true],
    ['十三届全国人大3次会议', numbered, true],
    ['这次会议很重要', numbered, false],
    ['其次，要抓落实', numbered, false],
    ['党的十九大精神', congress, true],
    ['二十大报告', congress, true],
    ['党的七大以来', congress, true],
    ['中国共产党第二十次全国代表大会', congress, true],
    ['取得重大成就', congress, false],
    ['大力推进', congress, false],
  ] as const)('%s: core found, and so is a match: %s', (text, { core, long }, found) => {
    expect(core.test(text)).toBe(found);
    expect(long.some((re) => [...text.matchAll(re)].length > 0)).toBe(found);
  });
});
