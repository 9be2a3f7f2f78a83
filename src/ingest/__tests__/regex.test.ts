import { describe, expect, it } from 'vitest';
import { matchesOf } from '../regex';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('matchesOf', () => {
  const cases: [RegExp, string][] = [
    [/\S+/g, '  Dr. Amina  Yusuf, Director '],
    [/\b(\d{4})\b/g, 'in 2019 and 2021; 12345'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}+/gu, 'Ünïcode 😀 wörds'],
  ];
  it.each(cases)('finds what matchAll finds (%s)', (re, text) => {
    expect(shape(matchesOf(re, text))).toEqual(shape(text.matchAll(re)));
  });

  it('starts at lastIndex and leaves it unchanged, like matchAll', () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(shape(matchesOf(re, 'aaaa'))).toEqual(shape('aaaa'.matchAll(re)));
    expect(re.lastIndex).toBe(2);
  });

  it('rejects a regex without the g flag', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
