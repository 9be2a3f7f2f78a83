import { describe, expect, it } from 'vitest';
import { formatDay, formatEventDate, formatMonth } from './format';

describe('date formatting', () => {
  it('writes days and months the way the explorer shows them everywhere', () => {
    expect(formatDay('2024-07-23')).toBe('23 July 2024');
    expect(formatDay('2016-01-05')).toBe('5 January 2016');
    expect(formatMonth('2024-12')).toBe('December 2024');
    expect(formatMonth('2024-02-29')).toBe('February 2024');
  });

  it('agrees with Intl for every day of a leap year', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86400000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDay(iso)).toBe(intl.format(new Date(t)));
    }
  });

  it('shows a value that is not a date as it is instead of throwing', () => {
    expect(formatDay('2024-13-01')).toBe('2024-13-01');
    expect(formatDay('2023-02-29')).toBe('2023-02-29');
    expect(formatDay('soon')).toBe('soon');
    expect(formatMonth('')).toBe('');
  });

  it('joins ranges within a month, across months, and says when the date is unknown', () => {
    expect(formatEventDate({ date: '2024-07-03', endDate: '2024-07-04' })).toBe('3–4 July 2024');
    expect(formatEventDate({ date: '2024-06-30', endDate: '2024-07-01' })).toBe('30 June 2024 – 1 July 2024');
    expect(formatEventDate({ date: null, endDate: null })).toBe('Date unknown');
  });
});
