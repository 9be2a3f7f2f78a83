/**
 * segment: sentence spans over the cleaned text. Abbreviations common in these reports
 * (Dr., Prof., H.E., Mr., St., No., initials) do not end a sentence; paragraphs always do.
 */
import type { DocRecord, Span } from './types';

const NO_BREAK_BEFORE = /\b(?:Dr|Prof|Mr|Mrs|Ms|Messrs|Sr|Jr|St|No|Gen|Lt|Col|Maj|Capt|Brig|Rev|Fr|Hon|Sen|Amb|Gov|Rep|Pres|Vol|Inc|Ltd|Co|Corp|Dept|Univ|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|e\.g|i\.e|U\.S|U\.K|H\.E|[A-Z])\.$/;

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      continue;
    }
    if (c === '.' || c === '!' || c === '?') {
      // Closing quotes/brackets belong to the sentence.
      let j = i + 1;
      while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
      if (j < text.length && text[j] !== ' ') continue;
      const next = text.slice(j).match(/^\s+(\S)/)?.[1];
      if (next && !/[A-Z"“‘(\d]/.test(next)) continue;
      if (c === '.' && NO_BREAK_BEFORE.test(text.slice(Math.max(0, i - 8), i + 1))) continue;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}

/** Stage. */
export function segment(doc: DocRecord): DocRecord {
  return { ...doc, sentences: sentences(doc.text) };
}
