import { describe, expect, it } from 'vitest';
import { datePrecision, datesAgree, parseGivenDate } from './givenDate.js';

describe('given dates keep their precision', () => {
  it.each([
    ['1954', '1954', 'year'],
    [1954, '1954', 'year'],
    ['1954-09', '1954-09', 'month'],
    [' 2024-03-05 ', '2024-03-05', 'day'],
    ['2024-02-29', '2024-02-29', 'day'],
  ] as const)('%j is stored as %s (%s)', (value, date, precision) => {
    const parsed = parseGivenDate(value);
    expect(parsed).toEqual({ ok: true, date });
    expect(datePrecision(date)).toBe(precision);
  });

  it.each([
    ['1954-9-23', 'is not YYYY, YYYY-MM or YYYY-MM-DD'],
    ['23/09/1954', 'is not YYYY'],
    ['1954-13', 'has no month 13'],
    ['2023-02-29', 'has no day 29 (the month has 28)'],
    ['0054', 'no plausible year'],
    [true, 'must be a string'],
  ])('%j is refused: %s', (value, reason) => {
    const parsed = parseGivenDate(value);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });

  it('compares at the shorter precision', () => {
    expect(datesAgree('1954', '1954-09-23')).toBe(true);
    expect(datesAgree('2024-03', '2024-03-05')).toBe(true);
    expect(datesAgree('2024-03-05', '2024-03-11')).toBe(false);
    expect(datesAgree('1954', '1955-01-01')).toBe(false);
  });
});
