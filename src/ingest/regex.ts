/**
 * All matches of a global regex in a text: the same matches, in the same order, as
 * `[...text.matchAll(re)]`. `matchAll` clones the regex on every call, which costs more than the
 * matching itself on the short sentences and windows the extractors scan (about 2 µs a call, and
 * there are hundreds of thousands of calls in a large corpus). Like `matchAll`, it starts at the
 * regex's `lastIndex` and leaves it as it was.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: ${re}`);
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      // An empty match does not move lastIndex: step over one character (code point with /u).
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
