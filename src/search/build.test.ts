import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64, toBase64Portable } from './format';
import { PassagePostings } from './passage-postings';
import { words } from './text';

/** Characters that exercise every path: ASCII words and separators, accents, marks, astral letters, ʼ. */
const CHARS = ['a', 'Z', 'b', '7', ' ', '.', '-', '\n', 'é', 'É', 'ß', 'ʼ', '\u0301', '漢', '𝐀', '😀', '\ud835', 'ﬁ', '٣', 'İ'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 80 }).map((cs) => cs.join(''));

/** The postings as a Map built from words() of each passage's slice (the build's former way). */
function reference(t: string, passages: Array<[number, number]>): Map<string, number[]> {
  const m = new Map<string, number[]>();
  passages.forEach(([s, e], p) => {
    for (const w of words(t.slice(s, e))) {
      let list = m.get(w);
      if (!list) m.set(w, (list = []));
      if (list[list.length - 1] !== p) list.push(p);
    }
  });
  return m;
}

describe('PassagePostings', () => {
  it('holds the words of each passage slice, as words() finds them', () => {
    const cuts = fc.array(fc.nat(100), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), cuts, (parts, cs) => {
        const t = parts.join(' ');
        const bounds = [...new Set([0, ...cs.map((c) => Math.min(c, t.length)), t.length])].sort((a, b) => a - b);
        const passages = bounds.slice(1).map((e, i): [number, number] => [bounds[i]!, e]);
        const got = new PassagePostings();
        passages.forEach(([s, e], p) => got.addPassage(t, s, e, p));
        const want = reference(t, passages);
        expect(got.words).toEqual([...want.keys()]);
        for (const [w, list] of want) expect(got.get(w)).toEqual(list);
        expect(got.get('never-a-word')).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts long words, folds mixed runs and grows past its first table', () => {
    const p = new PassagePostings();
    p.addPassage(`${'x'.repeat(40)} Café-au-lait naïve ʼ CAFE`, 0, 80, 0);
    expect(p.words).toEqual(['x'.repeat(32), 'cafe', 'au', 'lait', 'naive']);
    expect(p.get('cafe')).toEqual([0]);
    const many = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    p.addPassage(many, 0, many.length, 1);
    p.addPassage(many.toUpperCase(), 0, many.length, 2);
    expect(p.words.length).toBe(5005);
    expect(p.get('w4999')).toEqual([1, 2]);
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
