/**
 * Character-code tests for the hot text loops of ingest and search, which read strings by
 * `charCodeAt` instead of regexes or lower-cased copies.
 */

/** An ASCII letter or digit (what the word pattern of src/search/text.ts matches within ASCII). */
export function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** `c` lower-cased when it is an ASCII capital, else unchanged. */
export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The characters `\s` matches in a JavaScript regex (where `split(/\s+/)` cuts words). */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
