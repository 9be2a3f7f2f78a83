const LETTER = /^\p{L}$/u;

/**
 * Letters of a text (`\p{L}`, by code point) and how many of them are Latin (A–Z, a–z and
 * U+00C0–U+024F), counted by character code: no string per letter, as `text.match(/\p{L}/gu)`
 * would make (decode and clean ask this of every document and of every short line).
 */
export function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 0x20;
      if (l >= 0x61 && l <= 0x7a) {
        letters++;
        latin++;
      }
      continue;
    }
    let ch = text[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) ch = text.slice(i, ++i + 1);
    }
    if (LETTER.test(ch)) {
      letters++;
      if (c >= 0xc0 && c <= 0x24f) latin++;
    }
  }
  return { letters, latin };
}

/** Three words in lower case in a row: prose, not a stamp, date or menu line of a page. */
const PROSE_RUN = /\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u;

export function holdsProse(line: string): boolean {
  return PROSE_RUN.test(line);
}
