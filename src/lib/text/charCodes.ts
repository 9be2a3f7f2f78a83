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
