import { describe, expect, it } from 'vitest';
import { eventInRange, parseDateRange, withDateRange } from './dateRange';

describe('parseDateRange', () => {
  it('reads valid dates', () => {
    expect(parseDateRange(new URLSearchParams('from=2024-06-01&to=2024-06-30'))).toEqual({ from: '2024-06-01', to: '2024-06-30', notes: [] });
  });

  it('drops invalid dates with a note naming the value', () => {
    const range = parseDateRange(new URLSearchParams('from=2024-13-45&to=yesterday'));
    expect(range.from).toBeNull();
    expect(range.to).toBeNull();
    expect(range.notes.join(' ')).toContain('from=2024-13-45');
    expect(range.notes.join(' ')).toContain('to=yesterday');
  });

  it('swaps a reversed range and says so', () => {
    const range = parseDateRange(new URLSearchParams('from=2024-07-01&to=2024-06-01'));
    expect([range.from, range.to]).toEqual(['2024-06-01', '2024-07-01']);
    expect(range.notes).toHaveLength(1);
  });
});

describe('eventInRange', () => {
  const event = { date: '2024-07-03', endDate: '2024-07-04' };
  it('includes events overlapping the range', () => {
    expect(eventInRange(event, { from: '2024-07-04', to: null })).toBe(true);
    expect(eventInRange(event, { from: null, to: '2024-07-03' })).toBe(true);
  });
  it('excludes events outside it and undated events from bounded ranges', () => {
    expect(eventInRange(event, { from: '2024-07-05', to: null })).toBe(false);
    expect(eventInRange({ date: null, endDate: null }, { from: '2024-01-01', to: null })).toBe(false);
    expect(eventInRange({ date: null, endDate: null }, { from: null, to: null })).toBe(true);
  });
});

describe('withDateRange', () => {
  it('keeps other params and removes empty ends', () => {
    const next = withDateRange(new URLSearchParams('type=seminar&from=2024-01-01'), { from: null, to: '2024-02-01' });
    expect(next.toString()).toBe('type=seminar&to=2024-02-01');
  });
});
