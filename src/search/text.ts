/**
 * Text folding and tokenizing shared by the index build and the query (Node and browser safe).
 *
 * Words are runs of letters, marks and digits in the ORIGINAL string, so a token's offsets point
 * into the text the UI displays; the folded form (no diacritics, lower case) is what is indexed.
 */

import { isAsciiWordChar } from '../lib/text/charCodes';

/** Longest word kept; longer runs (hashes, garbage) are cut to this many characters. */
export const MAX_WORD_LENGTH = 32;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\p{ASCII}]/u;

/** Letters that NFD does not decompose but readers treat as their plain counterparts. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ʼ: '',
};
const SPECIAL_RE = /[ßøłđðþæœıʼ]/g;

/** Case and diacritics folded: `Achakzaï` → `achakzai`. */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

export interface Token {
  /** Folded word. */
  word: string;
  /** Offsets of the word in the original string (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

/**
 * `tokenize` for ASCII text (most labels), by character codes: the query scores every candidate's
 * labels, and the Unicode regex and per-word folding were a tenth of a query's time.
 */
function tokenizeAscii(text: string, max: number): Token[] {
  const out: Token[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < text.length && out.length < max; ) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
    out.push({ word: lower.slice(i, Math.min(end, i + MAX_WORD_LENGTH)), start: i, end });
    i = end;
  }
  return out;
}

/** The words of `text` with their offsets in it. `max` bounds how many are returned. */
export function tokenize(text: string, max = Infinity): Token[] {
  if (!NON_ASCII.test(text)) return tokenizeAscii(text, max);
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = fold(m[0]);
    if (word.length === 0) continue;
    if (word.length > MAX_WORD_LENGTH) word = word.slice(0, MAX_WORD_LENGTH);
    out.push({ word, start: m.index, end: m.index + m[0].length });
    if (out.length >= max) break;
  }
  WORD.lastIndex = 0;
  return out;
}

/**
 * Folded words only: `tokenize(text).map((t) => t.word)`, without the offsets. An ASCII text (most
 * passages) is lower-cased once as a whole rather than word by word; case folding leaves ASCII
 * letters and digits where they were, so the words are the same.
 */
export function words(text: string): string[] {
  const ascii = !NON_ASCII.test(text);
  const source = ascii ? text.toLowerCase() : text;
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m !== null; m = WORD.exec(source)) {
    let word = ascii ? m[0] : fold(m[0]);
    if (word.length === 0) continue;
    if (word.length > MAX_WORD_LENGTH) word = word.slice(0, MAX_WORD_LENGTH);
    out.push(word);
  }
  WORD.lastIndex = 0;
  return out;
}

/**
 * A rough sound-alike key, so spelling variants of transliterated names meet:
 * `riphah`/`rifah`, `achakzay`/`achakzai`, `khan`/`kan`. Only used for words of 3+ letters.
 */
export function soundKey(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/[kg]h/g, (m) => m[0] ?? '')
    .replace(/th/g, 't')
    .replace(/ck|q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** Letter pairs of a word padded with `^` and `$`: `kan` → `^k ka an n$`. */
export function letterPairs(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) out.push(padded.slice(i, i + 2));
  return out;
}

/** Plain code-unit comparison: locale independent, so builds are byte-stable everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
