import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passageWords } from './build';
import { toBase64, toBase64Portable } from './format';
import { words } from './text';

/** Characters that exercise every path: ASCII words and separators, accents, marks, astral letters, ʼ. */
const CHARS = ['a', 'Z', '7', ' ', '.', '-', '\n', 'é', 'É', 'ß', 'ʼ', '\u0301', '漢', '𝐀', '😀', '\ud835', 'ﬁ', '٣', 'İ'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 80 }).map((cs) => cs.join(''));

describe('passageWords', () => {
  it('finds the words of the slice, as words() does', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = Math.min(a, t.length);
        const end = Math.min(start + b, t.length);
        expect(passageWords(t, start, end, ['stale'])).toEqual(words(t.slice(start, end)));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts long words and reads mixed runs', () => {
    const long = 'x'.repeat(40);
    expect(passageWords(`${long} Café-au-lait naïve ʼ`, 0, 80, [])).toEqual(['x'.repeat(32), 'cafe', 'au', 'lait', 'naive']);
  });
});

describe('toBase64', () => {
  it('matches the portable encoder at every padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat(8), (bytes, off) => {
        const view = bytes.subarray(Math.min(off, bytes.length));
        expect(toBase64(view)).toBe(toBase64Portable(view));
      }),
    );
  });
});
