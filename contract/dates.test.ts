import { describe, expect, it } from 'vitest';
import { normaliseDate } from './dates.ts';

describe('normaliseDate', () => {
  it.each([
    ['April 7, 2021', '2021-04-07'],
    ['April 7 2021', '2021-04-07'],
    ['Apr. 7, 2021', '2021-04-07'],
    ['Sept 30, 2020', '2020-09-30'],
    ['april 7th, 2021', '2021-04-07'],
    ['7 April 2021', '2021-04-07'],
    ['07 Apr 2021', '2021-04-07'],
    ['7th April, 2021', '2021-04-07'],
    ['21st of February 2024', '2024-02-21'],
    ['2021-04-07', '2021-04-07'],
    ['2021-04-07T10:15:00+05:00', '2021-04-07'],
    ['2021/04/07', '2021-04-07'],
    ['2021-04', '2021-04'],
    ['Apr 2021', '2021-04'],
    ['April, 2021', '2021-04'],
    ['December 2020', '2020-12'],
    ['2021', '2021'],
    ['Wednesday, February 21, 2024', '2024-02-21'],
    ['Wed, Feb 21, 2024', '2024-02-21'],
    ['Wednesday 21 February 2024', '2024-02-21'],
    ['  April   7,  2021 ', '2021-04-07'],
    ['April 7, 2021 10:30 AM', '2021-04-07'],
    ['April 7, 2021, 10:30 p.m. PKT', '2021-04-07'],
    ['7 April 2021 at 14:05', '2021-04-07'],
    ['February 29, 2024', '2024-02-29'],
  ])('when a page prints "%s", then it reads %s', (printed, expected) => {
    expect(normaliseDate(printed)).toBe(expected);
  });

  it.each([
    ['04/07/2021', 'day and month order unknown'],
    ['7/4/21', 'two-digit year'],
    ['07.04.2021', 'day and month order unknown'],
    ['April 6-7, 2021', 'a range, not one date'],
    ['April 6–7', 'no year'],
    ['May 1', 'no year'],
    ['last month', 'relative'],
    ['2 hours ago', 'relative'],
    ['Yesterday', 'relative'],
    ['Spring 2021', 'a season'],
    ['Q2 2021', 'a quarter'],
    ['Volume 6, No. 11, November 2024', 'words around a date'],
    ['Updated: April 7, 2021', 'another date than the publication'],
    ['February 30, 2021', 'no such day'],
    ['February 29, 2023', 'not a leap year'],
    ['2021-13-01', 'no such month'],
    ['2021-04-31', 'no such day'],
    ['Thursday, February 21, 2024', 'weekday contradicts the date'],
    ['21', 'not a year'],
    ['0999', 'not a plausible year'],
    ['Mayday 2021', 'not a month'],
    ['', 'empty'],
  ])('when a page prints "%s" (%s), then it reads nothing', (printed) => {
    expect(normaliseDate(printed)).toBeNull();
  });

  it('when there is no printed date, then there is no date', () => {
    expect(normaliseDate(null)).toBeNull();
    expect(normaliseDate(undefined)).toBeNull();
  });

  it('when a page prints a pageDate-like masthead, then it is not taken for a date', () => {
    expect(normaliseDate('Wednesday, February 21, 2024 | Home')).toBeNull();
  });
});
