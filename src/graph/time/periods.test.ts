import { describe, expect, it } from 'vitest';
import { firstDay, inWindow, isoDateProblem, lagDays, periodOf } from './periods.js';

describe('periodOf', () => {
  it.each([
    ['2021-03-05', 'YEAR', '2021'],
    ['2021-03-05', 'QUARTER', '2021-Q1'],
    ['2021-04-01', 'QUARTER', '2021-Q2'],
    ['2021-12', 'QUARTER', '2021-Q4'],
    ['2021-03-05', 'MONTH', '2021-03'],
    ['2021-03', 'MONTH', '2021-03'],
    ['2021', 'YEAR', '2021'],
    // A year-only date covers the whole year: no quarter or month of it.
    ['2021', 'QUARTER', null],
    ['2021', 'MONTH', null],
    [null, 'YEAR', null],
    ['March 2021', 'YEAR', null],
  ] as const)('%s by %s → %s', (date, by, expected) => {
    expect(periodOf(date, by)).toBe(expected);
  });
});

describe('days', () => {
  it('counts a shorter date from the first day it covers', () => {
    expect(firstDay('1970-01-02')).toBe(1);
    expect(lagDays('2021', '2021-01-31')).toBe(30);
    expect(lagDays('2021-02', '2021-03-01')).toBe(28);
    expect(lagDays('2024-02-28', '2024-03-01')).toBe(2);
    expect(lagDays(null, '2021')).toBeNull();
  });

  it('keeps the dates of a window as the speech filters do', () => {
    expect(inWindow('2021-03-05', '2021', '2021')).toBe(true);
    expect(inWindow('2021', '2021-03', null)).toBe(false);
    expect(inWindow('2021-02-28', null, '2021-02')).toBe(true);
    expect(inWindow('2021-03-01', null, '2021-02')).toBe(false);
    expect(inWindow(null, null, null)).toBe(false);
  });

  it('names what is wrong with a date argument', () => {
    expect(isoDateProblem('2021-02-28')).toBeNull();
    expect(isoDateProblem('2021')).toBeNull();
    expect(isoDateProblem('2021-02-30')).toMatch(/no day 30/);
    expect(isoDateProblem('2021-13')).toMatch(/no month 13/);
    expect(isoDateProblem('21/3/2021')).toMatch(/not an ISO date/);
  });
});
