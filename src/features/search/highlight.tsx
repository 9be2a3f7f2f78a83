import type { ReactNode } from 'react';
import type { MarkedText, Range } from '../../search/format';

/** Valid, sorted, non-overlapping ranges within `length` (defensive: ranges come from a worker). */
function cleanRanges(ranges: readonly Range[], length: number): Range[] {
  const out: Range[] = [];
  const sorted = [...ranges]
    .filter((r) => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1]))
    .map(([s, e]): Range => [Math.max(0, s), Math.min(length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Renders text with the matched parts in <mark>, as text nodes only (never HTML). */
export function Marked({ value }: { value: MarkedText }) {
  const { text } = value;
  const ranges = cleanRanges(value.ranges, text.length);
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([s, e], i) => {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <mark key={i} className="rounded-sm bg-amber-200 px-0 text-inherit dark:bg-amber-500/40 dark:text-amber-50">
        {text.slice(s, e)}
      </mark>,
    );
    at = e;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * A window of about `size` characters around the first match of a long text, with ellipses,
 * ranges shifted to match.
 */
export function excerpt(value: MarkedText, size: number): MarkedText {
  const { text } = value;
  if (text.length <= size) return value;
  const first = cleanRanges(value.ranges, text.length)[0];
  let start = first ? Math.max(0, first[0] - Math.floor(size / 3)) : 0;
  let end = Math.min(text.length, start + size);
  start = Math.max(0, end - size);
  // Do not cut words (or surrogate pairs) in half.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < start + 20) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + size / 2) end = space;
  }
  const pre = start > 0 ? '…' : '';
  const post = end < text.length ? '…' : '';
  const shift = pre.length - start;
  const ranges = cleanRanges(value.ranges, text.length)
    .map(([s, e]): Range => [Math.max(s, start) + shift, Math.min(e, end) + shift])
    .filter(([s, e]) => e > s);
  return { text: pre + text.slice(start, end) + post, ranges };
}
