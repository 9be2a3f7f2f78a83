/**
 * Sentence spans and calendar-day arithmetic: both are read by character codes and numbers on hot
 * paths (not by regexes and Date strings), so they are held here to the plain readings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, iso } from '../extract/dates';
import { sentences } from '../segment';

/** What a call returns, or the name of what it throws, so a throwing reference can be compared too. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

const dayOfDate = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('iso', () => {
  it('writes the day Date.UTC makes of year, month and day, or null when that is not the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 20000 }), fc.integer({ min: -1, max: 12 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const date = new Date(Date.UTC(y, m, d));
        const real = m >= 0 && m <= 11 && d >= 1 && d <= 31 && date.getUTCMonth() === m && date.getUTCDate() === d;
        expect(iso(y, m, d)).toBe(real ? dayOfDate(date) : null);
      }),
      { numRuns: 5000 },
    );
  });
  it('pads years below 1000 and reads 0–99 as Date.UTC does', () => {
    expect(iso(2024, 1, 29)).toBe('2024-02-29');
    expect(iso(2023, 1, 29)).toBeNull();
    expect(iso(812, 0, 5)).toBe('0812-01-05');
    expect(iso(99, 11, 31)).toBe('1999-12-31');
  });
});

describe('addDays', () => {
  it('equals adding days to the parsed date, for real and impossible YYYY-MM-DD alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: -800, max: 800 }), (y, m, d, n) => {
        const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const reference = () => {
          const date = new Date(`${day}T00:00:00Z`);
          date.setUTCDate(date.getUTCDate() + n);
          return dayOfDate(date);
        };
        expect(outcome(() => addDays(day, n))).toEqual(outcome(reference));
      }),
      { numRuns: 5000 },
    );
  });
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('sentences', () => {
  const texts = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

  it('ends a sentence at a full stop before a capital, not after a title or an initial', () => {
    expect(texts('Dr. Amal Haddad spoke first. Prof. J. Moreno replied. It ended at 5 p.m. sharp.')).toEqual([
      'Dr. Amal Haddad spoke first.',
      'Prof. J. Moreno replied.',
      'It ended at 5 p.m. sharp.',
    ]);
  });
  it('keeps closing quotes and brackets with their sentence and always breaks at a line end', () => {
    expect(texts('He said, “We agree.” (Then he left.) Next\nline two? Yes! "Quoted." 12 delegates came.')).toEqual([
      'He said, “We agree.”',
      '(Then he left.)',
      'Next',
      'line two?',
      'Yes!',
      '"Quoted."',
      '12 delegates came.',
    ]);
  });
  it('does not end a sentence at a question mark inside a quoted title, but does at one that closes a quote', () => {
    expect(texts('A panel titled “Allies or Rivals? The Baltic after 2022” met on 30 January. He asked, "Why not?" Then he left.')).toEqual([
      'A panel titled “Allies or Rivals? The Baltic after 2022” met on 30 January.',
      'He asked, "Why not?"',
      'Then he left.',
    ]);
  });
  it('gives ordered, trimmed spans that cover every visible character of any text', () => {
    const chars = fc.constantFrom('a', 'B', ' ', '\n', '\t', '.', '!', '?', '"', '”', ')', '(', '“', '7', 'Dr', 'e.g', '\u00a0', '\u2028');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const spans = sentences(text);
        let covered = 0;
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          covered += text.slice(s.start, s.end).replace(/\s/g, '').length;
          last = s.end;
        }
        expect(covered).toBe(text.replace(/\s/g, '').length);
      }),
      { numRuns: 2000 },
    );
  });
});
