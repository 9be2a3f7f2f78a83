/**
 * segment: sentence spans over the cleaned text. Abbreviations common in these reports
 * (Dr., Prof., H.E., Mr., St., No., initials) do not end a sentence; paragraphs always do.
 */
import { isJsSpace } from '../lib/text/charCodes';
import type { DocRecord, Span } from './types';

const NO_BREAK_BEFORE = /\b(?:Dr|Prof|Mr|Mrs|Ms|Messrs|Ma|Sr|Jr|St|No|Gen|Lt|Col|Maj|Capt|Brig|Rev|Fr|Hon|Sen|Amb|Engr|Gov|Rep|Pres|Vol|Inc|Ltd|Co|Corp|Dept|Univ|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|e\.g|i\.e|U\.S|U\.K|H\.E|[A-Z])\.$/;

/**
 * True when `throughDot` (text up to and including a full stop) ends in an abbreviation or an
 * initial ("Dr.", "Ma.", "U.S.", "J."): that stop ends no sentence, nor a clause.
 */
export function endsInAbbreviation(throughDot: string): boolean {
  return NO_BREAK_BEFORE.test(throughDot);
}

export function sentences(text: string): Span[] {
  // Read by character code (`isJsSpace` is what `/\s/` matches): a string per character and a
  // slice of the rest of the text at each full stop were most of the cost of this function.
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isJsSpace(text.charCodeAt(s))) s++;
    while (e > s && isJsSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      // A question or exclamation inside a quoted name does not end the sentence around it:
      // 'a panel titled "Cooperation or Competition? The Arctic after 2022" on 30 January'.
      if (c !== 46 && insideQuote(text, start, i)) continue;
      // Closing quotes/brackets belong to the sentence.
      let j = i + 1;
      while (j < n && isClosing(text.charCodeAt(j))) j++;
      if (j < n && text.charCodeAt(j) !== 32) continue;
      // The first character after the spaces must be able to open a sentence.
      let k = j;
      while (k < n && isJsSpace(text.charCodeAt(k))) k++;
      if (k > j && k < n && !opensSentence(text.charCodeAt(k))) continue;
      if (c === 46 && endsInAbbreviation(text.slice(Math.max(0, i - 8), i + 1))) continue;
      push(j);
      i = j - 1;
    }
  }
  push(n);
  return out;
}

/**
 * True when a quote opened in the sentence so far (from `from`) is still open at `at` and closes
 * later on the same line, within a title's length, not right after `at`: a quote left open by a
 * capture does not count.
 */
function insideQuote(text: string, from: number, at: number): boolean {
  let open = -1;
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201c) open = k;
    else if (c === 0x201d) open = -1;
    else if (c === 34) open = open < 0 ? k : -1;
  }
  // ("Why not?" ends its sentence with the quote.)
  if (open < 0 || isClosing(text.charCodeAt(at + 1))) return false;
  for (let k = at + 1; k < Math.min(text.length, at + 150); k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    if (c === 0x201d || (c === 34 && text.charCodeAt(open) === 34)) return true;
  }
  return false;
}

/** A closing quote or bracket: `"'”’)]`. */
function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** What may start a sentence: a capital, a digit, an opening quote or bracket (`[A-Z"“‘(\d]`). */
function opensSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018 || c === 40;
}

/** Stage. */
export function segment(doc: DocRecord): DocRecord {
  return { ...doc, sentences: sentences(doc.text) };
}
