import { describe, expect, it } from 'vitest';
import type { MeetingFinding } from '../types.js';
import { anniversaryDate, latestCentralOpening, monthDayOf, partialDeliveryDate, yearOfMonthDay } from './deliveryDate.js';

const meeting = (name: string, congress: number | null, session: number | null, level: MeetingFinding['level'] = 'central'): MeetingFinding => ({
  name, key: name, level, anonymized: false, congress, session, count: 1, mentions: [],
});

describe('delivery dates from partial evidence', () => {
  it.each([
    ['（1月13日下午4点，会议室）', '01-13'],
    ['十月八日', '10-08'],
    ['2020年1月13日', null], // a full date is read elsewhere
    ['1月份以来', null],
    ['13月1日', null],
  ])('monthDayLine: %s', (line, expected) => {
    expect(monthDayOf(line)).toBe(expected);
  });

  it('meetingBound: the latest central congress or plenum named, by its opening date', () => {
    const named = [meeting('党的十九大', 19, null), meeting('十九届四中全会', 19, 4), meeting('十九届二中全会', 19, 2)];
    expect(latestCentralOpening(named)).toBe('2019-10-28');
    expect(latestCentralOpening([meeting('省委十二届四次全会', 12, 4, 'provincial')])).toBeNull();
    expect(latestCentralOpening([])).toBeNull();
  });

  it.each([
    ['01-13', '2019-10-28', '2021-01-13', '2020-01-13'], // the first year after the bound
    ['11-05', '2019-10-28', '2021-01-13', '2019-11-05'],
    ['01-13', null, '2021-01-20', '2021-01-13'], // no bound: the publication year
    ['12-30', null, '2021-01-20', '2020-12-30'], // …or the year before
    ['01-13', '2022-10-16', '2022-07-20', '2022-01-13'], // a bound after publication names a future meeting
    ['01-13', null, null, null],
  ])('yearOfMonthDay: %s bound %s published %s', (md, bound, published, expected) => {
    expect(yearOfMonthDay(md, bound, published)).toBe(expected);
  });

  it.each([
    ['庆祝改革开放40周年大会', '1978年12月18日，党召开全会。', '2018-12-19', '2018-12-18'],
    ['庆祝改革开放40周年大会', '1978年12月18日，党召开全会。', '2025-01-01', null], // the year must agree
    ['纪念刘少奇同志诞辰120周年座谈会', '1898年11月24日，他出生。', '2018-11-25', null], // commemorations are not read
    ['庆祝建校100周年大会', '100年前，学堂建立。', '2011-05-26', null],
  ])('anniversaryDate: %s', (venue, body, published, expected) => {
    expect(anniversaryDate(venue, body, published)).toBe(expected);
  });

  it('reads a month-day header line before an anniversary', () => {
    expect(partialDeliveryDate(['（1月13日下午）'], null, '', '2021-01-13', [meeting('十九届四中全会', 19, 4)])).toBe('2020-01-13');
    expect(partialDeliveryDate(['王 琛'], null, '', '2021-01-13', [])).toBeNull();
  });
});
