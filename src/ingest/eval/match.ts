/**
 * Name matching exactly as GOLD-FORMAT.md scores it: case, accents, honorifics and punctuation
 * folded; a name may drop or add one part; a lone surname matches the full name it ends.
 */
import { nameTokens, stripAccents } from '../names';

export function namesMatch(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (!x.length || !y.length) return false;
  if (x.join(' ') === y.join(' ')) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1) return long[long.length - 1] === short[0];
  if (long.length - short.length === 1) {
    // Dropping one part of the longer name gives the shorter.
    for (let i = 0; i < long.length; i++) {
      const rest = [...long.slice(0, i), ...long.slice(i + 1)];
      if (rest.join(' ') === short.join(' ')) return true;
    }
  }
  return false;
}

/** Lowercase words of a phrase, accents and punctuation removed. */
export function words(s: string): string[] {
  return stripAccents(s)
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every key word of `gold` appears in `text` (as whole words). */
export function containsKeyWords(text: string | null | undefined, gold: string): boolean {
  if (!text) return false;
  const have = new Set(words(text));
  const need = words(gold);
  return need.length > 0 && need.every((w) => have.has(w));
}

/** Titles agree when folded equal or one contains the other and covers most of it. */
export function titlesMatch(got: string | null, gold: string | null | undefined): boolean {
  if (!gold) return !got;
  if (!got) return false;
  const g = words(gold).join(' ');
  const x = words(got).join(' ');
  if (g === x) return true;
  const [s, l] = g.length <= x.length ? [g, x] : [x, g];
  return l.includes(s) && s.length / l.length >= 0.6;
}

export function placesMatch(got: string | null, gold: string | null | undefined): boolean {
  if (!gold) return !got;
  if (!got) return false;
  const g = words(gold).join(' ');
  const x = words(got).join(' ');
  return g === x || x.includes(g) || g.includes(x);
}
