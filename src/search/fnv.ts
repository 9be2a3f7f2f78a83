/**
 * FNV-1a (32-bit), one character code at a step: the passage postings hash words with it, and the
 * index build hashes its parts with it into a build id. Values are int32 (`Math.imul`); `>>> 0`
 * reads one as unsigned.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** One step: the hash `h` followed by the character code (or byte) `c`. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}
